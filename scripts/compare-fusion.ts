// Compares ways of fusing the dense and lexical rankings on the dataset's single-topic questions,
// so the choice in src/core/search/fuse.ts is measured, not assumed. Rerun: npm run compare-fusion.
import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/core/config.js';
import { fuseScores } from '../src/core/search/fuse.js';
import { expandQuery } from '../src/core/retrieval/expand-query.js';
import { bestPerSection } from '../src/core/retrieval/rank-hits.js';
import { createLocalEmbedder } from '../src/core/embedding/local-embedder.js';
import { parseDataset } from '../src/evals/dataset.js';
import { ensureIndex } from '../src/runtimes/node/build-index.js';
import { loadCorpus, loadWordVectors } from '../src/runtimes/node/load-corpus.js';

type Scores = Map<string, number>;

const embedder = createLocalEmbedder(loadWordVectors());
const { index } = await ensureIndex(loadCorpus(), embedder, parseConfig(process.env).dataDir);
const cases = parseDataset(readFileSync('evals/dataset.jsonl', 'utf8')).cases.filter(
  (c) => ['lookup', 'paraphrase', 'department', 'unspecified'].includes(c.kind) && c.expected.length > 0,
);

const scoreSections = (hits: Array<{ index: number; score: number }>): Scores => {
  const best = bestPerSection(hits.map((h) => ({ sectionId: index.chunks[h.index]!.sectionId, score: h.score })));
  return new Map([...best].map(([id, hit]) => [id, hit.score]));
};
const rank = (scores: Scores) => [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
const reciprocalRank = (rankings: string[][], k: number): Scores => {
  const fused: Scores = new Map();
  for (const ranking of rankings) ranking.forEach((id, r) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + r + 1)));
  return fused;
};

const methods: Record<string, (dense: Scores, lexical: Scores) => string[]> = {
  'dense only': (dense) => rank(dense),
  'BM25 only': (_, lexical) => rank(lexical),
  'RRF k=5': (d, l) => rank(reciprocalRank([rank(d), rank(l)], 5)),
  'RRF k=60': (d, l) => rank(reciprocalRank([rank(d), rank(l)], 60)),
  'weighted 0.3': (d, l) => rank(fuseScores(d, l, 0.3)),
  'weighted 0.5 (used)': (d, l) => rank(fuseScores(d, l, 0.5)),
  'weighted 0.7': (d, l) => rank(fuseScores(d, l, 0.7)),
};
const hits = Object.fromEntries(Object.keys(methods).map((m) => [m, { at1: 0, at3: 0 }]));
for (const c of cases) {
  const query = expandQuery(c.question);
  const [vector] = await embedder.embed([query]);
  const dense = scoreSections(await index.vectors.search(vector!, 200));
  const lexical = scoreSections(index.lexical.search(query, 200));
  for (const [name, method] of Object.entries(methods)) {
    const ranking = method(dense, lexical);
    if (c.expected.includes(ranking[0]!)) hits[name]!.at1 += 1;
    if (ranking.slice(0, 3).some((id) => c.expected.includes(id))) hits[name]!.at3 += 1;
  }
}
console.log(`fusion on ${cases.length} lookup, paraphrase, department and unspecified questions`);
for (const [name, { at1, at3 }] of Object.entries(hits)) {
  console.log(`${name.padEnd(20)} hit@1 ${(at1 / cases.length).toFixed(3)}  hit@3 ${(at3 / cases.length).toFixed(3)}`);
}
