import { chunkSections, DEFAULT_CHUNKING } from '../../src/core/corpus/chunk-sections.js';
import type { Latency } from './time-calls.js';

export type Variant = 'node' | 'workers';

/** What one child process is asked to measure. */
export interface ScaleJob {
  scale: number;
  variant: Variant;
  questions: { en: string[]; zh: string[] };
  /** Timing budget per list of questions, in milliseconds. */
  budgetMs: number;
}

/** The figures of one scale on one runtime's index. */
export interface ScaleRun {
  scale: number;
  variant: Variant;
  documents: number;
  sections: number;
  chunks: number;
  /** Reading the real corpus and recombining the synthetic documents. */
  generateMs: number;
  /** Node: ensureIndex (chunking, embedding, hnswlib build and write, BM25). Workers: the bundle's assets (chunking, embedding, serialized BM25). */
  buildMs: number;
  /** The chunking and embedding part of buildMs. */
  embedMs: number;
  /** Node: createRetriever (Chinese BM25, department and heading lists). Workers: parsing the assets and loadBundledIndex, what every new isolate pays. */
  loadMs: number;
  /** Workers only: the JSON.parse part of loadMs. */
  parseMs: number | null;
  /** Workers only: the assets as the bundle carries them (JSON), raw and gzipped. */
  assetsMb: number | null;
  assetsGzipMb: number | null;
  /** After a forced GC, against one taken before the corpus was read (the embedder's word vectors excluded). */
  rssDeltaMb: number;
  heapDeltaMb: number;
  english: Latency;
  chinese: Latency;
  /** The vector index alone (hnswlib or flat), k = 64, on the English questions' embeddings. */
  vectorOnly: Latency;
  /** MiniSearch BM25 alone over the chunks, on the English questions. */
  lexicalOnly: Latency;
}

export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
}

/**
 * Loads what chunkSections imports on first use (the text splitter), so that neither the memory
 * deltas nor the build times count a module load.
 */
export async function preloadChunking(): Promise<void> {
  await chunkSections([], DEFAULT_CHUNKING);
}

/** Collects garbage (the child runs with --expose-gc) and reads memory. */
export function settleMemory(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

export function memoryDelta(before: MemorySnapshot, after: MemorySnapshot): Pick<ScaleRun, 'rssDeltaMb' | 'heapDeltaMb'> {
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return { rssDeltaMb: mb(after.rss - before.rss), heapDeltaMb: mb(after.heapUsed - before.heapUsed) };
}

/** Candidates each ranker returns in retrieve.ts: the vector-only timing asks for as many. */
export const CANDIDATES = 64;
