import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/core/config.js';
import { loadCorpus, loadWordVectors } from '../src/runtimes/node/load-corpus.js';
import { createLocalEmbedder } from '../src/core/embedding/local-embedder.js';
import { ensureIndex } from '../src/runtimes/node/build-index.js';
import { expandQuery } from '../src/core/retrieval/expand-query.js';
import { parseDataset } from '../src/evals/dataset.js';
const corpus = loadCorpus();
const emb = createLocalEmbedder(loadWordVectors());
const { index } = await ensureIndex(corpus, emb, process.env.DATA_DIR ?? './data');
const { cases } = parseDataset(readFileSync('evals/dataset.jsonl','utf8'));
const sel = cases.filter(c => ['paraphrase','department','unspecified','lookup'].includes(c.kind) && c.expected.length);
const res: Record<string, number[]> = {};
const add = (k: string, v: number) => (res[k] ??= []).push(v);
for (const c of sel) {
  const q = expandQuery(c.question);
  const [v] = (await emb.embed([q])) as [Float32Array];
  const dense = await index.vectors.search(v, 200);
  const lex = index.lexical.search(q, 200);
  const dBest = new Map<string, number>(); for (const h of dense) { const id = index.chunks[h.index]!.sectionId; if (!dBest.has(id)) dBest.set(id, h.score); }
  const lBest = new Map<string, number>(); for (const h of lex) { const id = index.chunks[h.index]!.sectionId; if (!lBest.has(id)) lBest.set(id, h.score); }
  const ids = [...new Set([...dBest.keys(), ...lBest.keys()])];
  const rank = (scores: Map<string, number>) => [...scores.entries()].sort((a,b)=>b[1]-a[1]).map(e=>e[0]);
  const dr = rank(dBest), lr = rank(lBest);
  const hit = (r: string[], k: number) => r.slice(0,k).some(id => c.expected.includes(id)) ? 1 : 0;
  add('dense@1', hit(dr,1)); add('dense@3', hit(dr,3)); add('lex@1', hit(lr,1)); add('lex@3', hit(lr,3));
  for (const k of [5, 20, 60]) { const f = new Map(ids.map(id => [id, (dr.indexOf(id)>=0?1/(k+dr.indexOf(id)+1):0) + (lr.indexOf(id)>=0?1/(k+lr.indexOf(id)+1):0)])); const r = rank(f); add(`rrf${k}@1`, hit(r,1)); add(`rrf${k}@3`, hit(r,3)); }
  const dMax = Math.max(...dBest.values()), lMax = Math.max(...lBest.values(), 1e-9), dMin = Math.min(...dBest.values());
  for (const w of [0.3, 0.5, 0.7]) { const f = new Map(ids.map(id => [id, w*(((dBest.get(id)??dMin)-dMin)/(dMax-dMin)) + (1-w)*((lBest.get(id)??0)/lMax)])); const r = rank(f); add(`w${w}@1`, hit(r,1)); add(`w${w}@3`, hit(r,3)); }
}
console.log(sel.length, Object.entries(res).map(([k,v])=>`${k}=${(v.reduce((a,b)=>a+b,0)/v.length).toFixed(3)}`).join(' '));
