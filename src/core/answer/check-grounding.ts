import { labelSection, type Section } from '../corpus/section.js';
import { extractMarkers, splitSentences, stripMarkers } from '../text/sentences.js';
import { countHan, tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentStems, isStopword, stem } from '../text/tokenize.js';
import { DETAIL_NAMES } from './detect-asks.js';
import { langRule } from '../lang/lang-data.js';

/**
 * Words an answer uses to frame quoted text ("the measures do not set out ...", "Next step: ask
 * ... how to apply"), not claims of their own, plus the names of the details the policy leaves
 * open: in "do not set out amounts or deadlines" those words say what is absent, so they cannot
 * appear in the cited text.
 */
const FRAMING = new Set(
  contentStems(
    `measure measures policy policies text responsible department departments named ask contact set out state specify says district items relevant listed item under
    address addresses apply next step other expired force still part document dated ${DETAIL_NAMES.join(' ')}`,
  ),
);
/** The same framing in Chinese answers: labels, "see", "responsible", "next step", "not specified", the detail names. */
const FRAMING_ZH = langRule('claims', 'grounding-framing', ['zh']);
/** Share of a sentence's content words (Chinese: bigrams) that must occur in the sections it cites. */
export const GROUNDING_SHARE = 0.6;

export interface SentenceCheck {
  sentence: string;
  markers: string[];
  grounded: boolean;
}

/**
 * A sentence is grounded when it carries a marker for a known section and most of its content
 * words (Porter stems; for Chinese, character bigrams) occur in the cited sections' text, titles
 * or departments, in the sentence's language.
 */
export function checkGrounding(answer: string, sectionsById: ReadonlyMap<string, Section>): SentenceCheck[] {
  return splitSentences(answer).map((sentence) => {
    const markers = extractMarkers(sentence);
    const cited = markers.map((id) => sectionsById.get(id)).filter((s): s is Section => s !== undefined);
    if (cited.length === 0) return { sentence, markers, grounded: false };
    const plain = stripMarkers(sentence);
    const chinese = countHan(plain) > 0;
    const source = new Set(cited.flatMap((s) => (chinese ? chineseTerms(s) : englishTerms(s))));
    const words = chinese ? chineseWords(plain) : contentStems(plain).filter((w) => !FRAMING.has(w));
    const found = words.filter((w) => source.has(w)).length;
    return { sentence, markers, grounded: words.length === 0 || found / words.length >= GROUNDING_SHARE };
  });
}

/**
 * A Chinese sentence's bigrams and words, without its framing in either language: an English
 * sentence around a Chinese quote ("Part 7 (联系方式) of …: 联系人…") is judged by the
 * Chinese words it quotes and any other word it adds.
 */
function chineseWords(plain: string): string[] {
  return tokenizeChinese(FRAMING_ZH.replace(plain, ' ')).filter((w) => /\p{Script=Han}/u.test(w) || !isFramingWord(w));
}

function isFramingWord(word: string): boolean {
  return isStopword(word) || FRAMING.has(stem(word));
}

/** A Chinese-only section's English terms are its glossary English and its numbers ("valid until ... 2028"). */
function englishTerms(s: Section): string[] {
  const numbers = s.gloss ? (s.text.match(/\d+/g) ?? []).join(' ') : '';
  return contentStems(`${labelSection(s)} ${s.title} ${s.text} ${s.departments.join(' ')} ${s.gloss ?? ''} ${numbers}`);
}

/** The Chinese text: the translation, or the section itself when it is written in Chinese. */
function chineseTerms(s: Section): string[] {
  const zh = s.translations.zh ?? (countHan(s.text) > 0 ? s : null);
  return zh ? tokenizeChinese(`${zh.title} ${zh.text} ${zh.departments.join(' ')}`) : [];
}
