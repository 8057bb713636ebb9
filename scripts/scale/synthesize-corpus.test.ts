import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/runtimes/node/load-corpus.js';
import { recombine, splitChinese, splitEnglish, takeSlice } from './recombine-text.js';
import { synthesizeCorpus } from './synthesize-corpus.js';

const real = loadCorpus().corpus;

describe('synthesizeCorpus', () => {
  const corpus = synthesizeCorpus(real, 10);
  const synthetic = corpus.documents.slice(real.documents.length);

  it('keeps the real documents first and adds scale times their sections in all', () => {
    expect(corpus.documents.slice(0, real.documents.length)).toEqual(real.documents);
    expect(corpus.sections).toHaveLength(10 * real.sections.length);
    expect(synthesizeCorpus(real, 1).sections).toHaveLength(real.sections.length);
  });

  it('marks every synthetic document as such in its id, number and titles, none of them primary', () => {
    for (const [i, document] of synthetic.entries()) {
      expect(document.metadata.id).toBe(`synthetic-${String(i + 1).padStart(2, '0')}`);
      expect(document.metadata.primary).toBe(false);
      expect(document.metadata.documentNumber).toMatch(/^SYNTHETIC-/);
      expect(document.metadata.title).toMatch(/^SYNTHETIC .*not a policy/);
      expect(document.translations.zh?.title).toContain('不是政策');
      expect(document.translations.zh?.official).toBe(false);
    }
  });

  it('scopes every synthetic section id to its document, with no id used twice', () => {
    expect(corpus.sectionById.size).toBe(corpus.sections.length);
    for (const section of corpus.sections.slice(real.sections.length)) {
      expect(section.id).toMatch(new RegExp(`^${section.docId}:(PREAMBLE|VALIDITY|[RM]\\d+)$`));
    }
    expect(corpus.sectionById.get('synthetic-09:M7')?.kind).toBe('measure');
  });

  it('builds each section from real sentences of its kind, in English and in Chinese', () => {
    const sentences = new Set(real.sections.flatMap((s) => splitEnglish(s.text)));
    const titles = new Set(real.sections.map((s) => s.title));
    for (const section of synthetic[0]!.sections.filter((s) => s.kind === 'measure')) {
      expect(titles.has(section.title)).toBe(true);
      expect(splitEnglish(section.text).every((sentence) => sentences.has(sentence))).toBe(true);
      expect(section.departments.length).toBeGreaterThan(0);
      expect(section.translations.zh?.text.startsWith(section.translations.zh.title)).toBe(true);
    }
  });

  it('recombines the same way on every run', () => {
    expect(synthesizeCorpus(real, 3).sections.map((s) => s.text)).toEqual(synthesizeCorpus(real, 3).sections.map((s) => s.text));
  });
});

describe('recombine', () => {
  it('takes the i-th share of source i, never an empty one', () => {
    expect(takeSlice(['a', 'b', 'c', 'd', 'e', 'f'], 1, 3)).toEqual(['c', 'd']);
    expect(takeSlice(['only'], 2, 3)).toEqual(['only']);
    expect(recombine(['A1. A2. A3.', 'B1. B2. B3.', 'C1. C2. C3.'], splitEnglish, ' ')).toBe('A1. B2. C3.');
    expect(recombine(['甲一。甲二。', '乙一。乙二。'], splitChinese, '')).toBe('甲一。乙二。');
  });
});
