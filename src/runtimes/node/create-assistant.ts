import type { Config } from '../../core/config.js';
import type { Embedder } from '../../core/embedding/embedder.js';
import { createLocalEmbedder } from '../../core/embedding/local-embedder.js';
import { createRetriever, type Retriever } from '../../core/retrieval/retrieve.js';
import type { Policy } from '../../core/corpus/section.js';
import { ensureIndex } from './build-index.js';
import { loadCorpus, loadWordVectors } from './load-corpus.js';

export interface NodeAssistant {
  policy: Policy;
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
  const corpus = loadCorpus();
  const embedder = options.embedder ?? createLocalEmbedder(loadWordVectors());
  const { index, rebuilt } = await ensureIndex(corpus, embedder, config.dataDir, options);
  return {
    policy: corpus.policy,
    retrieve: createRetriever(corpus.policy.sections, index, { onDenseError: options.onDenseError }),
    embedder,
    indexRebuilt: rebuilt,
  };
}
