import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalEmbedder } from '../../src/core/embedding/local-embedder.js';
import { createRetriever } from '../../src/core/retrieval/retrieve.js';
import { ensureIndex } from '../../src/runtimes/node/build-index.js';
import { loadCorpus, loadWordVectors } from '../../src/runtimes/node/load-corpus.js';
import { CANDIDATES, memoryDelta, preloadChunking, settleMemory, type ScaleJob, type ScaleRun } from './scale-run.js';
import { synthesizeCorpus } from './synthesize-corpus.js';
import { timeCalls } from './time-calls.js';

/** The Node server's path: ensureIndex in a temporary DATA_DIR (hnswlib + BM25), then createRetriever. */
export async function measureNode(job: ScaleJob): Promise<ScaleRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'scale-data-'));
  try {
    const embedder = createLocalEmbedder(loadWordVectors());
    await preloadChunking();
    const before = settleMemory();
    let started = performance.now();
    const corpus = synthesizeCorpus(loadCorpus().corpus, job.scale);
    const generateMs = performance.now() - started;

    const buildStarted = performance.now();
    let embeddedAt = buildStarted;
    const loaded = { corpus, sources: `synthetic corpus, ${job.scale}x`, raw: '' };
    const onProgress = (done: number, total: number) => {
      if (done === total) embeddedAt = performance.now();
    };
    const { index } = await ensureIndex(loaded, embedder, dataDir, { force: true, onProgress });
    const buildMs = performance.now() - buildStarted;

    started = performance.now();
    const denseErrors: unknown[] = [];
    const retrieve = createRetriever(corpus, index, { onDenseError: (error) => denseErrors.push(error) });
    const loadMs = performance.now() - started;
    const memory = memoryDelta(before, settleMemory());

    const vectors = await embedder.embed(job.questions.en);
    const run: ScaleRun = {
      scale: job.scale,
      variant: 'node',
      documents: corpus.documents.length,
      sections: corpus.sections.length,
      chunks: index.chunks.length,
      generateMs,
      buildMs,
      embedMs: embeddedAt - buildStarted,
      loadMs,
      parseMs: null,
      assetsMb: null,
      assetsGzipMb: null,
      ...memory,
      english: await timeCalls(job.questions.en, (q) => retrieve(q), job.budgetMs),
      chinese: await timeCalls(job.questions.zh, (q) => retrieve(q), job.budgetMs),
      vectorOnly: await timeCalls(vectors, (v) => index.vectors.search(v, CANDIDATES), job.budgetMs / 4),
      lexicalOnly: await timeCalls(job.questions.en, async (q) => index.lexical.search(q, CANDIDATES), job.budgetMs / 4),
    };
    if (denseErrors.length > 0) throw new Error(`dense search failed ${denseErrors.length} times: ${String(denseErrors[0])}`);
    return run;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
