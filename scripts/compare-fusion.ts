// Compares fusion weights through the real retriever on the dev sets' single questions, so the
// choices in src/core/search/fuse.ts (dense against BM25) and src/core/retrieval/retrieve.ts
// (Chinese text against the English rankers) are measured, not assumed. Rerun: npm run compare-fusion.
import { readdirSync, readFileSync } from 'node:fs';
import { parseConfig } from '../src/core/config.js';
import { createLocalEmbedder } from '../src/core/embedding/local-embedder.js';
import { CHINESE_WEIGHT, createRetriever, type RetrieverOptions } from '../src/core/retrieval/retrieve.js';
import { ensureIndex } from '../src/runtimes/node/build-index.js';
import { loadCorpus, loadWordVectors } from '../src/runtimes/node/load-corpus.js';

interface Case {
  question: string;
  expected: string[];
  language: 'en' | 'zh';
}

const loaded = loadCorpus();
const { index } = await ensureIndex(loaded, createLocalEmbedder(loadWordVectors()), parseConfig(process.env).dataDir);
const cases: Case[] = readdirSync('evals')
  .filter((file) => file.endsWith('.jsonl'))
  .flatMap((file) => readFileSync(`evals/${file}`, 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as Partial<Case> & { history?: unknown })
  .filter((c): c is Case & { history?: unknown } => typeof c.question === 'string' && (c.expected?.length ?? 0) > 0 && !c.history)
  .map((c) => ({ question: c.question, expected: c.expected, language: c.language ?? 'en' }));

async function measure(options: RetrieverOptions, language: Case['language']): Promise<string> {
  const retrieve = createRetriever(loaded.corpus, index, options);
  const own = cases.filter((c) => c.language === language);
  let at1 = 0;
  let at3 = 0;
  for (const c of own) {
    const ids = (await retrieve(c.question)).hits.map((h) => h.id);
    if (c.expected.includes(ids[0]!)) at1 += 1;
    if (ids.slice(0, 3).some((id) => c.expected.includes(id))) at3 += 1;
  }
  return `hit@1 ${(at1 / own.length).toFixed(3)}  hit@3 ${(at3 / own.length).toFixed(3)}  (${own.length} questions)`;
}

console.log('English questions: weight of the dense ranking against BM25 (0.5 is used)');
for (const denseWeight of [0, 0.3, 0.5, 0.7, 1]) console.log(`  dense ${denseWeight.toFixed(1)}  ${await measure({ denseWeight }, 'en')}`);
console.log(
  `Chinese questions: weight of BM25 over the Chinese text against the English rankers through the glossary (${CHINESE_WEIGHT} is used)`,
);
for (const chineseWeight of [0, 0.4, 0.5, 0.6, 0.7, 0.8, 1])
  console.log(`  chinese ${chineseWeight.toFixed(1)}  ${await measure({ chineseWeight }, 'zh')}`);
