import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.js';

/** Typographic quotes and dashes folded to ASCII so "Jing’an" and "Jing'an" match. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/** Lower-case word tokens; "jing'an" stays whole, hyphenated words split. */
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

export function stem(word: string): string {
  return stemmer(word.replace(/'s$/, ''));
}

export function contentStems(text: string): string[] {
  return contentWords(text).map(stem);
}
