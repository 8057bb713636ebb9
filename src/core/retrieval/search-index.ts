import type { Chunk } from '../corpus/chunk.js';
import type { Embedder } from '../embedding/embedder.js';
import type { LexicalIndex } from '../search/lexical-index.js';
import type { VectorIndex } from '../search/vector-index.js';

/** Everything hybrid search needs; each runtime builds it its own way (hnswlib on disk, bundled flat vectors). */
export interface SearchIndex {
  chunks: Chunk[];
  embedder: Embedder;
  vectors: VectorIndex;
  lexical: LexicalIndex;
}
