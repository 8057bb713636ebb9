import { describe, expect, it } from 'vitest';
import type { Section } from '../core/corpus/section.js';
import type { Embedder } from '../core/embedding/embedder.js';
import { normalizeVector } from '../core/embedding/embedder.js';
import { loadCorpus } from '../runtimes/node/load-corpus.js';
import { chunkRawPolicy, createBaselineAnswerer, findOverlappingSections, locateChunks, locateSections } from './baseline.js';

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];

function makeSection(id: string, text: string): Section {
  return { id, docId: 'test', translations: {}, kind: 'measure', number: null, title: id, path: [], text, departments: [] };
}

/** Each section repeats its own word, so which sections a chunk touches can be read off its words. */
const SECTIONS = [
  makeSection('PREAMBLE', 'Purpose.\n' + 'alpha '.repeat(60).trim()),
  makeSection('R1', 'bravo '.repeat(90).trim()),
  makeSection('M1', 'charlie '.repeat(70).trim()),
  makeSection('M2', 'delta '.repeat(120).trim()),
  makeSection('VALIDITY', 'echo '.repeat(20).trim()),
];
const [preamble, r1, m1, m2, validity] = SECTIONS.map((s) => s.text);
const RAW = `(December 9, 2024)\n${preamble}\nI. Overall\n1. ${r1}\nII. Measures\n1. ${m1}\n(Responsible department: X)\n2. ${m2}\n(Responsible department: Y)\n${validity}\nSignatory`;

/** Counts the marker words: a chunk about "charlie" lands nearest a "charlie" question. */
const wordEmbedder: Embedder = {
  id: 'words',
  embed: async (texts) =>
    texts.map((t) => normalizeVector(Float32Array.from(WORDS.map((w) => t.split(/\W+/).filter((x) => x === w).length + 0.01)))),
};

describe('baseline chunk-to-section mapping', () => {
  it('locates every section, a multi-line preamble included, in order', () => {
    const spans = locateSections(RAW, SECTIONS);
    expect(spans.map((s) => s.id)).toEqual(['PREAMBLE', 'R1', 'M1', 'M2', 'VALIDITY']);
    for (const span of spans) expect(RAW.slice(span.start, span.end)).toBe(SECTIONS.find((s) => s.id === span.id)!.text);
  });

  it('maps a span to the sections it overlaps, and not to ones it only touches', () => {
    const spans = [
      { id: 'A', start: 0, end: 10 },
      { id: 'B', start: 20, end: 30 },
    ];
    expect(findOverlappingSections({ start: 5, end: 25 }, spans)).toEqual(['A', 'B']);
    expect(findOverlappingSections({ start: 10, end: 20 }, spans)).toEqual([]);
    expect(findOverlappingSections({ start: 29, end: 40 }, spans)).toEqual(['B']);
  });

  it('gives each 1000-character chunk the ids of exactly the sections whose text it holds', async () => {
    const chunks = await chunkRawPolicy(RAW, SECTIONS);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= 1000)).toBe(true);
    for (const chunk of chunks) {
      const words = new Set(chunk.text.split(/\W+/));
      expect(chunk.sectionIds).toEqual(SECTIONS.filter((_, i) => words.has(WORDS[i]!)).map((s) => s.id));
    }
    const spans = locateChunks(
      RAW,
      chunks.map((c) => c.text),
    );
    for (const [i, span] of spans.entries()) expect(RAW.slice(span.start, span.end)).toBe(chunks[i]!.text);
  });

  it('maps the real policy: every section located, the last measure in the chunk that holds it', async () => {
    const { corpus, raw } = loadCorpus();
    expect(locateSections(raw, corpus.sections)).toHaveLength(corpus.sections.length);
    const chunks = await chunkRawPolicy(raw, corpus.sections);
    expect(chunks[0]!.sectionIds[0]).toBe('PREAMBLE');
    expect(chunks.find((c) => c.text.includes('41. Strengthening the introduction'))!.sectionIds).toContain('M41');
    expect(chunks.at(-1)!.sectionIds).toContain('VALIDITY');
  });
});

describe('createBaselineAnswerer', () => {
  it('answers with the top chunk and its markers, cites the top-3 chunks sections, never refuses', async () => {
    const answer = await createBaselineAnswerer(RAW, SECTIONS, wordEmbedder);
    const result = await answer({ id: 'x', question: 'charlie charlie', expected: [], kind: 'lookup', refuse: false });
    const chunks = await chunkRawPolicy(RAW, SECTIONS);
    const top = chunks.find((c) => c.text.includes('charlie'))!;
    expect(result.refused).toBe(false);
    expect(result.answer).toBe(`${top.text} ${top.sectionIds.map((id) => `[${id}]`).join('')}`);
    expect(result.retrieved.slice(0, top.sectionIds.length)).toEqual(top.sectionIds);
    expect(result.cited).toEqual(result.retrieved);
    expect(new Set(result.cited).size).toBe(result.cited.length);
  });
});
