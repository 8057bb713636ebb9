import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkSearchText, type Chunk } from '../../core/corpus/chunk.js';
import { chunkSections, DEFAULT_CHUNKING } from '../../core/corpus/chunk-sections.js';
import { computeIndexKey } from '../../core/corpus/index-key.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { createLexicalIndex } from '../../core/search/lexical-index.js';
import type { SearchIndex } from '../../core/retrieval/search-index.js';
import { buildHnswIndex, loadHnswIndex } from './hnsw-index.js';
import type { LoadedCorpus } from './load-corpus.js';

interface Manifest {
  key: string;
  embedderId: string;
  dimensions: number;
  builtAt: string;
  chunks: Chunk[];
}

export interface EnsuredIndex {
  index: SearchIndex;
  rebuilt: boolean;
  key: string;
}

/**
 * Loads the hnswlib index from `dataDir/index`, or builds it when the corpus, metadata,
 * chunking or embedder changed since it was written (the manifest's key says which).
 */
export async function ensureIndex(
  corpus: LoadedCorpus,
  embedder: Embedder,
  dataDir: string,
  options: { force?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<EnsuredIndex> {
  const dir = join(dataDir, 'index');
  const manifestFile = join(dir, 'manifest.json');
  const vectorFile = join(dir, 'vectors.hnsw');
  const key = await computeIndexKey({
    sources: corpus.sources,
    embedderId: embedder.id,
    chunking: DEFAULT_CHUNKING,
  });

  const existing = readManifest(manifestFile);
  if (!options.force && existing?.key === key && existsSync(vectorFile)) {
    const vectors = loadHnswIndex(vectorFile, existing.dimensions);
    return { index: assemble(existing.chunks, embedder, vectors), rebuilt: false, key };
  }

  const chunks = await chunkSections(corpus.corpus.sections, DEFAULT_CHUNKING);
  const embeddings: Float32Array[] = [];
  const batch = 64;
  for (let i = 0; i < chunks.length; i += batch) {
    embeddings.push(...(await embedder.embed(chunks.slice(i, i + batch).map(chunkSearchText))));
    options.onProgress?.(Math.min(i + batch, chunks.length), chunks.length);
  }
  const dimensions = embeddings[0]?.length ?? 0;
  mkdirSync(dir, { recursive: true });
  // Write beside, then rename: a crash mid-build never leaves a manifest pointing at a half index.
  const vectors = buildHnswIndex(embeddings, dimensions, `${vectorFile}.tmp`);
  renameSync(`${vectorFile}.tmp`, vectorFile);
  const manifest: Manifest = { key, embedderId: embedder.id, dimensions, builtAt: new Date().toISOString(), chunks };
  writeFileSync(`${manifestFile}.tmp`, JSON.stringify(manifest));
  renameSync(`${manifestFile}.tmp`, manifestFile);
  return { index: assemble(chunks, embedder, vectors), rebuilt: true, key };
}

function assemble(chunks: Chunk[], embedder: Embedder, vectors: SearchIndex['vectors']): SearchIndex {
  return { chunks, embedder, vectors, lexical: createLexicalIndex(chunks) };
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}
