import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunkSearchText } from '../../src/core/corpus/chunk.js';
import { chunkSections, DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-sections.js';
import type { Embedder } from '../../src/core/embedding/embedder.js';
import { createLocalEmbedder } from '../../src/core/embedding/local-embedder.js';
import { decodeWordVectors } from '../../src/core/embedding/word-vectors.js';
import { createFlatIndex } from '../../src/core/search/flat-index.js';
import { loadLexicalIndex } from '../../src/core/search/lexical-index.js';
import { loadCorpus } from '../../src/runtimes/node/load-corpus.js';
import { loadBundledIndex } from '../../src/runtimes/workers/bundled-index.js';
import { decodeVectors, type WorkerAssets } from '../../src/runtimes/workers/worker-assets.js';
import { CANDIDATES, memoryDelta, preloadChunking, settleMemory, type ScaleJob, type ScaleRun } from './scale-run.js';
import { assembleWorkerAssets } from '../build-worker-assets.js';
import { synthesizeCorpus } from './synthesize-corpus.js';
import { timeCalls } from './time-calls.js';

const WORD_VECTORS = new URL('../../models/word-vectors.bin', import.meta.url);
const MB = 1024 * 1024;

/**
 * The Worker's path: the assets `npm run build:worker` bundles (chunks, their vectors, the
 * serialized BM25), built in memory, then parsed and loaded by loadBundledIndex as a new isolate
 * would at global scope (worker.ts), so retrieval runs over the exact flat index.
 */
export async function measureWorkers(job: ScaleJob): Promise<ScaleRun> {
  const bytes = readFileSync(WORD_VECTORS);
  const wordVectors = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const embedder = createLocalEmbedder(decodeWordVectors(new Uint8Array(wordVectors)));
  await preloadChunking();
  const before = settleMemory();
  const built = await buildAssetsText(job.scale, embedder);

  const started = performance.now();
  const assets = JSON.parse(built.text) as WorkerAssets;
  const parseMs = performance.now() - started;
  const { retrieve } = loadBundledIndex(assets, wordVectors);
  const loadMs = performance.now() - started;
  // What an isolate holds: the bundle's text beside what was parsed from it, and the index.
  const memory = memoryDelta(before, settleMemory());
  // Timed before the component indexes below exist, so that their memory does not slow the collector.
  const english = await timeCalls(job.questions.en, (q) => retrieve(q), job.budgetMs);
  const chinese = await timeCalls(job.questions.zh, (q) => retrieve(q), job.budgetMs);

  const flat = createFlatIndex(decodeVectors(assets.vectors, assets.dimensions));
  const lexical = loadLexicalIndex(assets.lexical, assets.chunks);
  const vectors = await embedder.embed(job.questions.en);
  return {
    scale: job.scale,
    variant: 'workers',
    documents: assets.documents.length,
    sections: built.sections,
    chunks: assets.chunks.length,
    generateMs: built.generateMs,
    buildMs: built.buildMs,
    embedMs: built.embedMs,
    loadMs,
    parseMs,
    assetsMb: Buffer.byteLength(built.text) / MB,
    assetsGzipMb: gzipSync(built.text).length / MB,
    ...memory,
    english,
    chinese,
    vectorOnly: await timeCalls(vectors, (v) => flat.search(v, CANDIDATES), job.budgetMs / 4),
    lexicalOnly: await timeCalls(job.questions.en, async (q) => lexical.search(q, CANDIDATES), job.budgetMs / 4),
  };
}

interface BuiltAssets {
  text: string;
  sections: number;
  generateMs: number;
  buildMs: number;
  embedMs: number;
}

/**
 * The synthetic corpus and its assets as scripts/build-worker-assets.ts builds them, without the
 * widget (not part of search) and without writing a file. Only the text leaves: the corpus it
 * was built from is not in an isolate's memory.
 */
async function buildAssetsText(scale: number, embedder: Embedder): Promise<BuiltAssets> {
  let started = performance.now();
  const corpus = synthesizeCorpus(loadCorpus().corpus, scale);
  const generateMs = performance.now() - started;
  started = performance.now();
  const chunks = await chunkSections(corpus.sections, DEFAULT_CHUNKING);
  const vectors = await embedder.embed(chunks.map(chunkSearchText));
  const embedMs = performance.now() - started;
  const assets = assembleWorkerAssets(corpus, embedder.id, chunks, vectors, { script: '', hash: '' });
  const text = JSON.stringify(assets);
  return { text, sections: corpus.sections.length, generateMs, buildMs: performance.now() - started, embedMs };
}
