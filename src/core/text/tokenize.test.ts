import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './tokenize.js';

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
