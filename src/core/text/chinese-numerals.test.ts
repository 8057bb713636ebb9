import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './chinese-numerals.js';

describe('parseChineseNumber', () => {
  it.each([
    ['十', 10],
    ['三十', 30],
    ['四十一', 41],
    ['十五', 15],
    ['五十', 50],
    ['二', 2],
    ['一百', 100],
    ['41', 41],
  ])('%s -> %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it('rejects other characters', () => {
    expect(parseChineseNumber('十a')).toBeNaN();
  });
});
