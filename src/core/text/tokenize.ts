import { stemmer } from 'stemmer';
import { langSpellings } from '../lang/lang-data.js';
import { STOPWORDS } from './stopwords.js';
import { remember } from './remember.js';

/** Any character outside ASCII: only such a text can change under NFKC or hold a typographic quote or dash. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * Typographic quotes and dashes folded to ASCII so "Xi’an" and "Xi'an" match. An ASCII text is
 * returned as it is (NFKC leaves ASCII unchanged): a question is normalized some 25 times per answer.
 */
export function normalizeText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/** Lower-case word tokens; "xi'an" stays whole, hyphenated words split. */
export function tokenize(text: string): string[] {
  return (
    normalizeText(text)
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)*/g) ?? []
  );
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w) && w.length > 1);
}

/**
 * Stems already computed: the Porter stemmer runs dozens of regexes per word, and the same few
 * thousand words come back in every question and section. Bounded, since questions bring new ones.
 */
export const stem: (word: string) => string = remember(50_000, (word) => {
  const stemmed = stemmer(word.replace(/'s$/, ''));
  return spelledStems().get(stemmed) ?? stemmed;
});

let spellings: Map<string, string> | undefined;

/**
 * A British spelling's stem read as the texts' spelling's ("centr" as "center", "organis" as
 * "organ"), so every inflection of "centre" or "organise" follows (lang/en/spelling.json).
 */
function spelledStems(): Map<string, string> {
  spellings ??= new Map(langSpellings('en').map(([variant, spelled]) => [stemmer(variant), stemmer(spelled)]));
  return spellings;
}

export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}
