import { cosine } from '../embedding/embedder.js';
import type { VectorIndex } from './vector-index.js';

/** Exact cosine search: a few thousand chunks take well under a millisecond, and it needs no native code. */
export function createFlatIndex(vectors: Float32Array[]): VectorIndex {
  return {
    async search(query, k) {
      return vectors
        .map((vector, index) => ({ index, score: cosine(query, vector) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, k);
    },
  };
}
