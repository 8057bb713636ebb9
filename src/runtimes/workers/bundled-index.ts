import { createCorpus, type Corpus } from '../../core/corpus/corpus.js';
import { createLocalEmbedder } from '../../core/embedding/local-embedder.js';
import { decodeWordVectors } from '../../core/embedding/word-vectors.js';
import { AppError } from '../../core/errors.js';
import { createRetriever } from '../../core/retrieval/retrieve.js';
import type { Retriever } from '../../core/retrieval/types.js';
import { createFlatIndex } from '../../core/search/flat-index.js';
import { loadLexicalIndex } from '../../core/search/lexical-index.js';
import { decodeVectors, type WorkerAssets } from './worker-assets.js';

export interface BundledIndex {
  corpus: Corpus;
  retrieve: Retriever;
}

/**
 * The search index from the bundle: exact cosine over the stored chunk vectors, the prebuilt
 * BM25 index, and queries embedded by the same local model the Node server uses.
 */
export function loadBundledIndex(assets: WorkerAssets, wordVectors: ArrayBuffer): BundledIndex {
  const vectors = decodeWordVectors(new Uint8Array(wordVectors));
  const embedder = createLocalEmbedder(vectors);
  // Query and chunk vectors from different models would rank nonsense without any error.
  if (embedder.id !== assets.embedderId) {
    throw new AppError(
      'stale_worker_assets',
      `assets were built with ${assets.embedderId}, the bundle has ${embedder.id}; run npm run build:worker`,
    );
  }
  const index = {
    chunks: assets.chunks,
    embedder,
    vectors: createFlatIndex(decodeVectors(assets.vectors, assets.dimensions)),
    lexical: loadLexicalIndex(assets.lexical, assets.chunks),
  };
  const corpus = createCorpus(assets.documents, { glossary: assets.glossary, places: assets.places });
  return { corpus, retrieve: createRetriever(corpus, index, { wordVectors: vectors }) };
}
