import type { Config } from '../../core/config.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { createLocalEmbedder } from '../../core/embedding/local-embedder.js';
import { createRetriever } from '../../core/retrieval/retrieve.js';
import type { Retriever } from '../../core/retrieval/types.js';
import type { Corpus } from '../../core/corpus/corpus.js';
import { ensureIndex } from './build-index.js';
import { loadCorpus, loadWordVectors } from './load-corpus.js';

export interface NodeAssistant {
  corpus: Corpus;
  retrieve: Retriever;
  embedder: Embedder;
  indexRebuilt: boolean;
}

/** Loads the corpus, the embedder and the on-disk index (building it when stale). */
export async function createAssistant(
  config: Config,
  options: {
    embedder?: Embedder;
    onProgress?: (done: number, total: number) => void;
    force?: boolean;
    onDenseError?: (error: unknown) => void;
  } = {},
): Promise<NodeAssistant> {
  const loaded = loadCorpus(config.corpusDir ?? undefined);
  const wordVectors = loadWordVectors();
  const embedder = options.embedder ?? createLocalEmbedder(wordVectors);
  const { index, rebuilt } = await ensureIndex(loaded, embedder, config.dataDir, options);
  return {
    corpus: loaded.corpus,
    retrieve: createRetriever(loaded.corpus, index, { onDenseError: options.onDenseError, wordVectors }),
    embedder,
    indexRebuilt: rebuilt,
  };
}
