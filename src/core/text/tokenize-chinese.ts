import { langWords } from '../lang/lang-data.js';
import { remember } from './remember.js';
/** Chinese words that carry no topic in questions to a policy assistant (lang/zh/stopwords.json). */
const STOPWORDS_ZH: ReadonlySet<string> = new Set(langWords('stopwords', 'function', 'zh'));

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_WORD = /^\p{Script=Han}+$/u;
const LATIN_WORD = /[a-z0-9]+/g;

let segmenter: Intl.Segmenter | undefined;

/**
 * Search tokens for Chinese text: character bigrams, which match however question and text
 * segment a phrase (知识产权质押 / 质押贷款), plus the longer words Intl.Segmenter finds (Node and
 * workerd carry its dictionary; nothing is downloaded) for exact matches on terms like 专精特新.
 * Latin words (ESG, CVC, FDA) are kept lower-cased.
 */
export function tokenizeChinese(text: string): string[] {
  return segmented(text).tokens;
}

interface Segmented {
  tokens: string[];
  /** The word-like segments, for createWordTest. */
  words: string[];
}

/** A question is tokenized by several rankers in turn; a few recent ones are kept, never many. */
const segmented: (text: string) => Segmented = remember(64, (text) => segment(text));

function segment(text: string): Segmented {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const lower = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  const words: string[] = [];
  // Bigrams run across kept words but never across a stopword or punctuation: "有什么研发" gives 研发, not 么研.
  let run = '';
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(lower)) {
    if (isWordLike) words.push(segment);
    const han = isWordLike && HAN_WORD.test(segment);
    if (!han || STOPWORDS_ZH.has(segment)) {
      flush();
      continue;
    }
    run += segment;
    if (segment.length > 2) tokens.push(segment);
  }
  flush();
  tokens.push(...(lower.match(LATIN_WORD) ?? []));
  return { tokens, words };
}

/**
 * Whether a search token lies inside one word of the text as Intl.Segmenter cuts it, rather than
 * across two ("设区" from 设 + 区域): a bigram across words that no section holds says nothing.
 */
export function createWordTest(text: string): (token: string) => boolean {
  const { words } = segmented(text);
  return (token) => words.some((word) => word.includes(token));
}

/** The word-like segments of a text as Intl.Segmenter cuts it (Chinese words, Latin words, numbers). */
export function segmentWords(text: string): readonly string[] {
  return segmented(text).words;
}

export function isChineseStopword(word: string): boolean {
  return STOPWORDS_ZH.has(word);
}

/** Chinese characters in a text: how much of it a Chinese ranker can see. */
export function countHan(text: string): number {
  return text.match(HAN_RUN)?.join('').length ?? 0;
}
