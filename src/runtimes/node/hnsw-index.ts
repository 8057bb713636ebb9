import { createRequire } from 'node:module';
import type { HierarchicalNSW as HnswType } from 'hnswlib-node';
import { createFlatIndex } from '../../core/search/flat-index.js';
import type { VectorIndex } from '../../core/search/vector-index.js';

const require = createRequire(import.meta.url);
const { HierarchicalNSW } = require('hnswlib-node') as typeof import('hnswlib-node');

const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 42;
const EF_SEARCH = 128;
/**
 * Below this many vectors, an exact scan of the stored vectors in JavaScript costs less than one
 * call into the addon, which copies the query into C++ and the hits back out (49 vectors of 300
 * dimensions: about 20 µs against 44 µs, a sixth of a computed answer's core time); the order is
 * the same, since hnswlib's search over so few points is exact too. Larger indexes keep hnswlib.
 */
const EXACT_BELOW = 256;

/** hnswlib's cosine space, written to and read from a file in DATA_DIR. */
export function buildHnswIndex(vectors: Float32Array[], dimensions: number, file: string): VectorIndex {
  const index = new HierarchicalNSW('cosine', dimensions);
  index.initIndex(Math.max(vectors.length, 1), M, EF_CONSTRUCTION, SEED);
  for (const [label, vector] of vectors.entries()) index.addPoint(Array.from(vector), label);
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
  if (count < EXACT_BELOW) return createFlatIndex(readPoints(index, count));
  // ef above the candidate count retrieval asks for keeps recall near exact, and the search
  // sub-linear: it does not grow with the corpus.
  index.setEf(EF_SEARCH);
  return {
    async search(vector, k) {
      const { neighbors, distances } = index.searchKnn(Array.from(vector), Math.min(k, count));
      return neighbors.map((label, i) => ({ index: label, score: 1 - distances[i]! }));
    },
  };
}

/** The stored vectors by label (0..count-1, as build-index numbers the chunks); hnswlib's cosine space keeps them unit length. */
function readPoints(index: HnswType, count: number): Float32Array[] {
  return Array.from({ length: count }, (_, label) => Float32Array.from(index.getPoint(label)));
}
