export interface VectorHit {
  /** Position of the chunk in the indexed list. */
  index: number;
  /** Cosine similarity. */
  score: number;
}

/** Nearest-neighbour search over unit vectors; hnswlib on Node, exact search on Workers. */
export interface VectorIndex {
  search(vector: Float32Array, k: number): Promise<VectorHit[]>;
}
