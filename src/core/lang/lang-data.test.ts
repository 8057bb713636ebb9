import { describe, expect, it } from 'vitest';
import type { Language } from '../corpus/section.js';
import { LANG_DATA } from './lang-data.js';
import { compileRule, isWords, type RuleData, type WordsData } from './lang-rule.js';

/** Every entry of every area and language, as [label, language, entry]. */
const entries = Object.entries(LANG_DATA).flatMap(([area, byLanguage]) =>
  Object.entries(byLanguage).flatMap(([language, data]) =>
    Object.entries(data ?? {})
      .filter(([, entry]) => typeof entry !== 'string')
      .map(([name, entry]) => [`${language}/${area}.${name}`, language as Language, entry as RuleData | WordsData] as const),
  ),
);

/** A word list holds a text when one of its words is in it: whole words for Latin, anywhere for Chinese. */
function holdsWord(words: readonly string[], text: string): boolean {
  const lower = text.toLowerCase();
  const tokens = new Set(lower.split(/[^a-z0-9'&-]+/));
  return words.some((w) =>
    /^[\x00-\x7f]+$/.test(w) ? tokens.has(w.toLowerCase()) || (w.includes(' ') && lower.includes(w)) : text.includes(w),
  );
}

describe('language data', () => {
  it('has entries', () => expect(entries.length).toBeGreaterThan(0));

  it.each(entries)('%s says what it means and has examples', (_label, _language, entry) => {
    expect(entry.means.length).toBeGreaterThan(10);
    expect(entry.examples?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(entries)('%s matches its examples and none of its counter-examples', (label, _language, entry) => {
    const matches = isWords(entry)
      ? (text: string) => holdsWord(entry.words, text)
      : (text: string) => compileRule(label, [entry], entry.slots).test(text);
    expect(
      (entry.examples ?? []).filter((e) => !matches(e)),
      'examples not matched',
    ).toEqual([]);
    expect(
      (entry.counterExamples ?? []).filter((e) => matches(e)),
      'counter-examples matched',
    ).toEqual([]);
  });
});
