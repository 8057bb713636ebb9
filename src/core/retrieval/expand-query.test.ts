import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { addNamedSections } from '../answer/scope-asks.js';
import { scopeId } from '../corpus/document.js';
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
      const missing = document.vocabulary!.entries.flatMap((e) => contentStems(e.expandsTo).filter((stem) => !text.has(stem)));
      expect(missing).toEqual([]);
    },
  );

  const names = corpus.documents.flatMap((d) => (d.vocabulary?.sectionNames ?? []).map((n) => [d.metadata.id, n.section, d, n] as const));

  it('has section names to check', () => expect(names.length).toBeGreaterThan(0));

  it.each(names)('%s: a name of %s asks about that section, as a word', (_id, _section, document, name) => {
    const none = { details: [], department: false, list: false, sections: [], existence: false };
    const id = scopeId(document.metadata, name.section);
    for (const word of name.words) expect(addNamedSections(none, `What about ${word}?`, corpus).sections).toEqual([id]);
    expect(addNamedSections(none, 'What about the city centers and five-star hotels?', corpus).sections).toEqual([]);
  });

  interface Examples {
    words: string[];
    expandsTo?: string;
    section?: string;
    examples: string[];
    counterExamples?: string[];
  }
  const files = corpus.documents
    .map((d) => [d, `corpus/${d.metadata.id}/vocabulary.json`] as const)
    .filter(([, file]) => existsSync(file))
    .flatMap(([document, file]) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Examples[]; sectionNames?: Examples[] };
      return [...data.entries, ...(data.sectionNames ?? [])].map((entry) => [file, entry.words[0]!, document, entry] as const);
    });

  it.each(files)('%s, %s: its examples are expanded or named, its counter-examples not', (_file, _word, document, entry) => {
    const expand = queryExpanderOf(corpus);
    const none = { details: [], department: false, list: false, sections: [], existence: false };
    const holds = (text: string) =>
      entry.expandsTo
        ? expand(text).includes(entry.expandsTo)
        : addNamedSections(none, text, corpus).sections.includes(scopeId(document.metadata, entry.section!));
    expect(entry.examples.filter((e) => !holds(e))).toEqual([]);
    expect((entry.counterExamples ?? []).filter(holds)).toEqual([]);
  });
});
