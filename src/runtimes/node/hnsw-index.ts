import { createRequire } from 'node:module';
import type { HierarchicalNSW as HnswType } from 'hnswlib-node';
import type { VectorIndex } from '../../core/search/vector-index.js';

const require = createRequire(import.meta.url);
const { HierarchicalNSW } = require('hnswlib-node') as typeof import('hnswlib-node');

const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 42;

/** hnswlib's cosine space, written to and read from a file in DATA_DIR. */
export function buildHnswIndex(vectors: Float32Array[], dimensions: number, file: string): VectorIndex {
  const index = new HierarchicalNSW('cosine', dimensions);
  index.initIndex(Math.max(vectors.length, 1), M, EF_CONSTRUCTION, SEED);
  vectors.forEach((vector, label) => index.addPoint(Array.from(vector), label));
  index.writeIndexSync(file);
  return wrap(index);
}

export function loadHnswIndex(file: string, dimensions: number): VectorIndex {
  const index = new HierarchicalNSW('cosine', dimensions);
  index.readIndexSync(file);
  return wrap(index);
}

function wrap(index: HnswType): VectorIndex {
  const count = index.getCurrentCount();
  // ef at least the candidate count keeps recall exact-like on a corpus this small.
  index.setEf(Math.max(64, count));
  return {
    async search(vector, k) {
      const { neighbors, distances } = index.searchKnn(Array.from(vector), Math.min(k, count));
      return neighbors.map((label, i) => ({ index: label, score: 1 - distances[i]! }));
    },
  };
}
