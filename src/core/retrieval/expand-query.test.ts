import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { contentStems } from '../text/tokenize.js';
import { createQueryExpander, queryExpanderOf } from './expand-query.js';

describe('createQueryExpander', () => {
  const expand = createQueryExpander([
    { words: ['ivd'], expandsTo: 'in vitro diagnostics' },
    { words: ['rd', 'r&d'], expandsTo: 'research and development' },
    { words: ['law firm', 'lawyer'], expandsTo: 'professional service institutions' },
  ]);

  it('appends what a word or phrase of the query is called in the text', () => {
    expect(expand('We make IVD kits')).toBe('We make IVD kits (in vitro diagnostics)');
    expect(expand('Does a Law  Firm get support?')).toBe('Does a Law  Firm get support? (professional service institutions)');
  });

  it('reads a word written with a symbol as its tokens', () => {
    expect(expand('R&D subsidy')).toBe('R&D subsidy (research and development)');
  });

  it('adds each text once and leaves a query without such words alone', () => {
    expect(expand('rd and R&D')).toBe('rd and R&D (research and development)');
    expect(expand('a lawfirm in lawyering')).toBe('a lawfirm in lawyering');
  });
});

describe('vocabulary data of the shipped corpus', () => {
  const { corpus } = loadCorpus();

  it('expands with the English vocabulary and each document folder’s own', () => {
    const expand = queryExpanderOf(corpus);
    expect(expand('IVD kits')).toContain('in vitro diagnostics');
    expect(expand('a law firm')).toContain('professional service institutions');
  });

  it.each(corpus.documents.filter((d) => d.vocabulary).map((d) => [d.metadata.id, d] as const))(
    '%s: every word a vocabulary entry expands to is a word of the document',
    (_id, document) => {
      const text = new Set(contentStems(document.sections.map((s) => `${s.title} ${s.text} ${s.departments.join(' ')}`).join(' ')));
      const missing = document.vocabulary!.flatMap((e) => contentStems(e.expandsTo).filter((stem) => !text.has(stem)));
      expect(missing).toEqual([]);
    },
  );
});
