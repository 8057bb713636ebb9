import { stem, tokenize } from '../text/tokenize.js';
import { cosine, normalizeVector, type Embedder } from './embedder.js';
import type { WordVectors } from './word-vectors.js';

/** SIF smoothing constant (Arora et al. 2017): weight = a / (a + p(word)). */
const SIF_A = 1e-3;

/**
 * Offline sentence embeddings: a SIF-weighted average of GloVe word vectors. Frequent words
 * weigh little, rare topical words dominate, and synonyms ("seniors", "elderly") land near
 * each other because their word vectors do. Word probabilities come from the source
 * vocabulary's frequency rank through Zipf's law, which is all the source ships.
 */
export function createLocalEmbedder(vectors: WordVectors): Embedder {
  const harmonic = Math.log(vectors.sourceSize) + 0.5772;
  const weightOf = (index: number) => SIF_A / (SIF_A + 1 / (vectors.ranks[index]! * harmonic));
  const resolve = (word: string) => vectors.lookup(word) ?? vectors.lookup(word.replace(/'s$/, '')) ?? vectors.lookup(stem(word));

  const common = commonDirection(vectors, harmonic);

  const embedOne = (text: string) => {
    const sum = new Float32Array(vectors.dimensions);
    for (const word of tokenize(text)) {
      const index = resolve(word);
      if (index !== undefined) vectors.accumulate(index, weightOf(index), sum);
    }
    // SIF's common-component removal: without it every English text looks alike (cosine ~0.7).
    const projection = cosine(sum, common);
    for (let d = 0; d < sum.length; d++) sum[d]! -= projection * common[d]!;
    return normalizeVector(sum);
  };

  return {
    id: `local-sif-ccr:${vectors.source}:${vectors.ranks.length}`,
    embed: async (texts) => texts.map(embedOne),
  };
}

/**
 * The direction all texts share: the frequency-weighted mean of the word vectors. Arora et
 * al. take the first principal component of the embedded sentences; the frequency-weighted
 * mean approximates it without depending on which texts happen to be embedded.
 */
function commonDirection(vectors: WordVectors, harmonic: number): Float32Array {
  const mean = new Float32Array(vectors.dimensions);
  for (let i = 0; i < vectors.ranks.length; i++) vectors.accumulate(i, 1 / (vectors.ranks[i]! * harmonic), mean);
  return normalizeVector(mean);
}
