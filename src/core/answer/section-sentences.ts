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
  /** For each sentence, the item heading it follows ("（二）某某项目。" before the item's figures), if any. */
  headings: Array<number | undefined>;
}

const ITEM_START = { zh: langRule('layout', 'sub-part-heading', ['zh']), en: langRule('layout', 'sub-part-heading', ['en']) };
const NUMBERED = { zh: langRule('layout', 'numbered-item', ['zh']), en: langRule('layout', 'numbered-item', ['en']) };
const FIGURE = { zh: langRule('figures', 'stated-figure', ['zh']), en: langRule('figures', 'stated-figure', ['en']) };
/** What a word shared with a sentence's item heading counts for the sentence, against one of its own. */
const HEADING_WEIGHT = 0.5;
/** A clause break: an item heading names its item in one phrase. */
const CLAUSE_BREAK = /[，,；;：:]/;

/**
 * The heading of each sentence's item: a guide lists "（二）某某项目。" and then, in the next
 * sentence, what that item gets; the figures' sentence does not repeat what it is about. A heading
 * is a sub-part opener of one phrase, without a figure, followed by a sentence that opens no item.
 */
function findItemHeadings(sentences: string[], chinese: boolean): Array<number | undefined> {
  const language = chinese ? 'zh' : 'en';
  const opensItem = (sentence: string) => ITEM_START[language].test(sentence) || NUMBERED[language].test(sentence);
  const isHeading = (i: number) =>
    ITEM_START[language].test(sentences[i]!) &&
    !CLAUSE_BREAK.test(sentences[i]!) &&
    !FIGURE[language].test(sentences[i]!) &&
    i + 1 < sentences.length &&
    !opensItem(sentences[i + 1]!);
  return sentences.map((_, i) => (i > 0 && isHeading(i - 1) ? i - 1 : undefined));
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
    const headings = findItemHeadings(sentences, chinese);
    const termsOf = (sentence: string) => (chinese ? tokenizeChinese(sentence) : contentStems(sentence));
    const terms = sentences.map((sentence) => new Set(termsOf(sentence)));
    parsed = { sentences, terms, chinese, headings };
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
  const { sentences, terms, chinese, headings } = parse(section);
  // An English question over a text written in Chinese meets each sentence's English gloss.
  const glosses = chinese && countHan(question) === 0 ? section.sentenceGlosses : undefined;
  // Chinese text is compared by its bigrams and words, English by word stems.
  const wanted = new Set(chinese && !glosses ? tokenizeChinese(question) : contentStems(question));
  const termsOf = (i: number) => (glosses ? new Set(contentStems(glosses[sentences[i]!] ?? '')) : terms[i]!);
  const shared = (i: number | undefined) => (i === undefined ? [] : [...wanted].filter((w) => termsOf(i).has(w)));
  const scored = sentences.map((sentence, i) => {
    const own = shared(i);
    // The words its item's heading shares count, at half weight, for the sentence under it.
    const fromHeading = shared(headings[i]).filter((w) => !own.includes(w));
    return { i, sentence, overlap: own.length + fromHeading.length * HEADING_WEIGHT };
  });
  // A heading names its item; the sentence under it says what the item gets, and is quoted instead.
  const isHeading = new Set(headings.filter((h) => h !== undefined));
  const best = scored
    .filter((s) => s.overlap > 0 && !isHeading.has(s.i))
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
