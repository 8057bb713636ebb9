import { langRule, langText } from '../lang/lang-data.js';
import type { Section, SectionText } from '../corpus/section.js';
import { splitSentences } from '../text/sentences.js';
import { countHan, tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentStems } from '../text/tokenize.js';

type Text = Pick<SectionText, 'title' | 'text'>;

interface Parsed {
  sentences: string[];
  /** Each sentence's terms: word stems, or for Chinese text bigrams and words. */
  terms: Array<Set<string>>;
  chinese: boolean;
}

/** Sections are read many times and never change: split and tokenized once per text object. */
const PARSED = new WeakMap<Text, Parsed>();

function parse(section: Text): Parsed {
  let parsed = PARSED.get(section);
  if (!parsed) {
    const all = splitSentences(section.text);
    const [first, ...rest] = all;
    const opensWithTitle = first !== undefined && first.replace(/[.。]$/, '') === section.title;
    const sentences = opensWithTitle && rest.length > 0 ? rest : all;
    const chinese = countHan(section.text) > 0;
    const terms = sentences.map((sentence) => new Set(chinese ? tokenizeChinese(sentence) : contentStems(sentence)));
    parsed = { sentences, terms, chinese };
    PARSED.set(section, parsed);
  }
  return parsed;
}

/** The body sentences of a section, without the title sentence it opens with. */
export function bodySentences(section: Text): string[] {
  return parse(section).sentences;
}

/**
 * The sentences of a section that best match the question by shared word stems, in
 * document order; with no overlap at all, the section's opening sentence.
 */
export function pickSentences(section: Text & Pick<Section, 'sentenceGlosses'>, question: string, max: number): string[] {
  const { sentences, terms, chinese } = parse(section);
  // An English question over a text written in Chinese meets each sentence's English gloss.
  const glosses = chinese && countHan(question) === 0 ? section.sentenceGlosses : undefined;
  // Chinese text is compared by its bigrams and words, English by word stems.
  const wanted = new Set(chinese && !glosses ? tokenizeChinese(question) : contentStems(question));
  const termsOf = (i: number) => (glosses ? new Set(contentStems(glosses[sentences[i]!] ?? '')) : terms[i]!);
  const scored = sentences.map((sentence, i) => ({
    i,
    sentence,
    overlap: [...wanted].filter((w) => termsOf(i).has(w)).length,
  }));
  const best = scored
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.sentence);
  return best.length > 0 ? best : sentences.slice(0, max);
}

const DISTRICT_WILL = langRule('phrasing', 'district-will', ['en']);
const DISTRICT_WE = langRule('phrasing', 'district-we', ['en']);

/** "We will boost ..." reads as the district speaking; say so for people reading an answer. */
export function voiceOfDistrict(sentence: string): string {
  return DISTRICT_WE.replace(
    DISTRICT_WILL.replace(sentence, langText('phrasing', 'district-will-as', 'en')),
    langText('phrasing', 'district-we-as', 'en'),
  );
}
