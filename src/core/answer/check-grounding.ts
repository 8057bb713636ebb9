import { labelSection, type Section } from '../corpus/section.js';
import { extractMarkers, splitSentences, stripMarkers } from '../text/sentences.js';
import { contentStems } from '../text/tokenize.js';
import { DETAIL_NAMES } from './detect-asks.js';

/**
 * Words an answer uses to frame quoted text ("the measures do not set out ..."), not claims of
 * their own, plus the names of the details the policy leaves open: in "do not set out amounts
 * or deadlines" those words say what is absent, so they cannot appear in the cited text.
 */
const FRAMING = new Set(
  contentStems(
    `measure measures policy policies text responsible department departments named ask contact set out state specify says district items relevant listed item under
    ${DETAIL_NAMES.join(' ')}`,
  ),
);
/** Share of a sentence's content words that must occur in the sections it cites. */
export const GROUNDING_SHARE = 0.6;

export interface SentenceCheck {
  sentence: string;
  markers: string[];
  grounded: boolean;
}

/**
 * A sentence is grounded when it carries a marker for a known section and most of its
 * content words (Porter stems) occur in the cited sections' text, titles or departments.
 */
export function checkGrounding(answer: string, sectionsById: ReadonlyMap<string, Section>): SentenceCheck[] {
  return splitSentences(answer).map((sentence) => {
    const markers = extractMarkers(sentence);
    const cited = markers.map((id) => sectionsById.get(id)).filter((s): s is Section => s !== undefined);
    if (cited.length === 0) return { sentence, markers, grounded: false };
    const source = new Set(
      cited.flatMap((s) => contentStems(`${labelSection(s)} ${s.title} ${s.text} ${s.departments.join(' ')}`)),
    );
    const words = contentStems(stripMarkers(sentence)).filter((w) => !FRAMING.has(w));
    const found = words.filter((w) => source.has(w)).length;
    return { sentence, markers, grounded: words.length === 0 || found / words.length >= GROUNDING_SHARE };
  });
}
