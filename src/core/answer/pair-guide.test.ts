import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.js';
import { parseMetadata } from '../corpus/document.js';
import { parseDocument } from '../corpus/parse-document.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import { pairGuideAndMeasure } from './pair-guide.js';

// Two fictional documents (test/fixtures): measures (M2: 30% of computing costs, at most 200万元 a
// year) and the guide implementing them (P3 restates those figures; P7 the contacts).
const load = (name: string) => {
  const folder = new URL(`../../../test/fixtures/${name}/`, import.meta.url);
  return parseDocument(
    readFileSync(new URL('policy.txt', folder), 'utf8'),
    parseMetadata(readFileSync(new URL('metadata.json', folder), 'utf8'), 'metadata.json'),
  );
};
const corpus = createCorpus([load('zh-measures-2026'), load('zh-guide-2026')]);
const TODAY = '2026-12-07';
const hit = (id: string, score = 1): RetrievalHit => ({ id, score, dense: 0.7, lexical: 20, coverage: 0.5 });
const retrieval = (ids: string[]): Retrieval => ({
  strategy: 'hybrid',
  language: 'zh',
  hits: ids.map((id, i) => hit(id, 1 - i * 0.1)),
  pinned: 0,
  group: null,
  missing: [],
  department: null,
});
const noAsks = { department: false, list: false };
const M2 = 'zh-measures-2026:M2';
const P3 = 'zh-guide-2026:P3';
const P7 = 'zh-guide-2026:P7';

describe('pairGuideAndMeasure', () => {
  it('adds the guide part that states the measure’s figures again, however it ranks', () => {
    const ranked = retrieval([M2, 'zh-measures-2026:M1', 'zh-measures-2026:M3', 'zh-measures-2026:M4', 'zh-measures-2026:M5', P3]);
    const paired = pairGuideAndMeasure({ hits: [hit(M2)], uncertain: false }, ranked, corpus, TODAY, {
      text: '租用算力能补多少？',
      asks: noAsks,
    });
    expect(paired.hits.map((h) => h.id)).toEqual([M2, P3]);
  });

  it('leaves a "who is responsible" answer with the measure alone', () => {
    const paired = pairGuideAndMeasure({ hits: [hit(M2)], uncertain: false }, retrieval([M2]), corpus, TODAY, {
      text: '算力补贴归谁管？',
      asks: { department: true, list: false },
    });
    expect(paired.hits.map((h) => h.id)).toEqual([M2]);
  });

  it('uses every part the question asks by its topic that retrieval put first', () => {
    const paired = pairGuideAndMeasure({ hits: [hit(P7)], uncertain: false }, retrieval([P7, P3, M2]), corpus, TODAY, {
      text: '算力补贴能补多少？联系电话是多少？',
      asks: noAsks,
    });
    expect(paired.hits.map((h) => h.id).slice(0, 2)).toEqual([P7, P3]);
  });
});
