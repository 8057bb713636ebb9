import { describe, expect, it } from 'vitest';
import { parseVocabulary } from './vocabulary.js';

const entry = {
  means: 'Law firms: professional service institutions.',
  words: ['law firm'],
  expandsTo: 'professional service institutions',
  examples: ['a law firm'],
};

describe('parseVocabulary', () => {
  it('keeps the words and what they expand to, and section names', () => {
    const names = [{ section: 'PREAMBLE', words: ['five centers'], means: 'The slogan of its preamble.', examples: ['five centers?'] }];
    expect(parseVocabulary(JSON.stringify({ entries: [entry], sectionNames: names }), 'v.json')).toEqual({
      entries: [{ words: ['law firm'], expandsTo: 'professional service institutions' }],
      sectionNames: [{ section: 'PREAMBLE', words: ['five centers'] }],
    });
  });

  it('names the file and the field of a malformed entry', () => {
    expect(() => parseVocabulary(JSON.stringify({ entries: [{ ...entry, expandsTo: '' }] }), 'corpus/x/vocabulary.json')).toThrow(
      /^corpus\/x\/vocabulary\.json: entries\.0\.expandsTo: /,
    );
    expect(() => parseVocabulary(JSON.stringify({ entries: [{ ...entry, examples: [] }] }), 'v.json')).toThrow(/entries\.0\.examples/);
  });

  it('names the file of text that is not JSON', () => {
    expect(() => parseVocabulary('{', 'corpus/x/vocabulary.json')).toThrow(/^corpus\/x\/vocabulary\.json: not valid JSON/);
  });
});
