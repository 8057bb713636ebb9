import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chunkSearchText } from '../../src/core/corpus/chunk.js';
import { chunkSections, DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-sections.js';
import type { Corpus } from '../../src/core/corpus/corpus.js';
import type { Embedder } from '../../src/core/embedding/embedder.js';
import { createLocalEmbedder } from '../../src/core/embedding/local-embedder.js';
import { decodeWordVectors } from '../../src/core/embedding/word-vectors.js';
import { createFlatIndex } from '../../src/core/search/flat-index.js';
import { createLexicalIndex, loadLexicalIndex } from '../../src/core/search/lexical-index.js';
import { loadCorpus } from '../../src/runtimes/node/load-corpus.js';
import { loadPrompts } from '../../src/runtimes/node/load-prompts.js';
import { loadBundledIndex } from '../../src/runtimes/workers/bundled-index.js';
import { decodeVectors, encodeVectors, type WorkerAssets } from '../../src/runtimes/workers/worker-assets.js';
import { CANDIDATES, memoryDelta, preloadChunking, settleMemory, type ScaleJob, type ScaleRun } from './scale-run.js';
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
  let started = performance.now();
  const corpus = synthesizeCorpus(loadCorpus().corpus, job.scale);
  const generateMs = performance.now() - started;

  started = performance.now();
  const { text, embedMs } = await buildAssetsText(corpus, embedder);
  const buildMs = performance.now() - started;

  started = performance.now();
  const assets = JSON.parse(text) as WorkerAssets;
  const parseMs = performance.now() - started;
  const { retrieve } = loadBundledIndex(assets, wordVectors);
  const loadMs = performance.now() - started;
  // The bundle's text stays in memory beside what was parsed from it, as in an isolate.
  const memory = memoryDelta(before, settleMemory());

  const flat = createFlatIndex(decodeVectors(assets.vectors, assets.dimensions));
  const lexical = loadLexicalIndex(assets.lexical, assets.chunks);
  const vectors = await embedder.embed(job.questions.en);
  return {
    scale: job.scale,
    variant: 'workers',
    documents: assets.documents.length,
    sections: corpus.sections.length,
    chunks: assets.chunks.length,
    generateMs,
    buildMs,
    embedMs,
    loadMs,
    parseMs,
    assetsMb: Buffer.byteLength(text) / MB,
    assetsGzipMb: gzipSync(text).length / MB,
    ...memory,
    english: await timeCalls(job.questions.en, (q) => retrieve(q), job.budgetMs),
    chinese: await timeCalls(job.questions.zh, (q) => retrieve(q), job.budgetMs),
    vectorOnly: await timeCalls(vectors, (v) => flat.search(v, CANDIDATES), job.budgetMs / 4),
    lexicalOnly: await timeCalls(job.questions.en, async (q) => lexical.search(q, CANDIDATES), job.budgetMs / 4),
  };
}

/** As scripts/build-worker-assets.ts builds them, without the widget (not part of search) and without writing a file. */
async function buildAssetsText(corpus: Corpus, embedder: Embedder): Promise<{ text: string; embedMs: number }> {
  const started = performance.now();
  const chunks = await chunkSections(corpus.sections, DEFAULT_CHUNKING);
  const vectors = await embedder.embed(chunks.map(chunkSearchText));
  const embedMs = performance.now() - started;
  const assets: WorkerAssets = {
    embedderId: embedder.id,
    documents: corpus.documents,
    glossary: corpus.glossary,
    places: corpus.places,
    chunks,
    dimensions: vectors[0]?.length ?? 0,
    vectors: encodeVectors(vectors),
    lexical: JSON.stringify(createLexicalIndex(chunks).toJSON()),
    prompts: loadPrompts(),
    widget: { script: '', hash: '' },
  };
  return { text: JSON.stringify(assets), embedMs };
}
