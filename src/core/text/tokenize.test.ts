import { describe, expect, it } from 'vitest';
import { stemmer } from 'stemmer';
import { langSpellings } from '../lang/lang-data.js';
import { normalizeText, stem, tokenize } from './tokenize.js';

describe('normalizeText', () => {
  it('folds typographic quotes, dashes and full-width forms', () => {
    expect(normalizeText('Xi’an “first store” 2024–2025 ＡＩ')).toBe('Xi\'an "first store" 2024-2025 AI');
  });

  it('returns an ASCII text unchanged, as NFKC would', () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join('');
    expect(ascii.normalize('NFKC')).toBe(ascii);
    expect(normalizeText(ascii)).toBe(ascii);
  });
});

describe('tokenize', () => {
  it('lower-cases and keeps apostrophe words whole, also after folding', () => {
    expect(tokenize('Xi’an’s R&D-Centre')).toEqual(["xi'an's", 'r', 'd', 'centre']);
  });
});

describe('stem', () => {
  it("reads a British spelling and its inflections as the texts' spelling", () => {
    expect(stem('centres')).toBe(stem('center'));
    expect(stem('organisations')).toBe(stem('organization'));
    expect(stem('recognised')).toBe(stem('recognized'));
    expect(stem('licence')).toBe(stem('license'));
  });

  it.each(langSpellings('en'))('stems %s as %s', (variant, spelled) => expect(stem(variant)).toBe(stem(spelled)));

  it('leaves words the spelling data does not list as the stemmer gives them', () => {
    for (const word of ['central', 'organ', 'age', 'program', 'labor', 'enterprise', 'exercise']) expect(stem(word)).toBe(stemmer(word));
  });
});
