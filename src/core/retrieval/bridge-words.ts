import type { Corpus } from '../corpus/corpus.js';
import type { WordVectors } from '../embedding/word-vectors.js';
import { contentWords, stem } from '../text/tokenize.js';

/** A question word is bridged to a gloss word at least this close in the word vectors. */
export const BRIDGE_MIN = 0.8;
/**
 * Only words rarer than this many of the vectors' most frequent ones are bridged, and only to such
 * words: common words ("take", "make", "well") sit close to many others without meaning the same.
 */
const COMMON_RANK = 1500;
/** Words shorter than this are too ambiguous to bridge. */
const MIN_LENGTH = 4;

/**
 * A section written in Chinese meets English questions only through its gloss, whose English is
 * the dictionary's: "data center", "rental". A question saying "rent" shares no
 * word with it though it means the same. Each content word of an English question that no gloss
 * holds (by word or stem) is bridged to the gloss word nearest in the word vectors, when it is at
 * least BRIDGE_MIN close; the bridged words are appended to the question for the English rankers.
 * Without a document written in Chinese, or without word vectors, questions are returned as they are.
 */
export function createWordBridge(corpus: Corpus, vectors: WordVectors | undefined): (query: string) => string {
  const glosses = corpus.sections.flatMap((s) => (s.gloss ? [s.gloss] : []));
  if (!vectors || glosses.length === 0) return (query) => query;
  const words = [...new Set(glosses.flatMap((gloss) => contentWords(gloss)))].filter((w) => w.length >= MIN_LENGTH);
  const stems = new Set(words.map(stem));
  const rare = (word: string) => (vectors.ranks[vectors.lookup(word) ?? 0] ?? 0) > COMMON_RANK;
  const known = words.filter(rare).flatMap((word) => {
    const vector = unitVector(vectors, word);
    return vector ? [{ word, vector }] : [];
  });
  const bridged = new Map<string, string | null>();
  const bridge = (word: string): string | null => {
    let found = bridged.get(word);
    if (found === undefined) {
      found = nearest(unitVector(vectors, word), known);
      bridged.set(word, found);
    }
    return found;
  };
  return (query) => {
    const added = contentWords(query)
      .filter((w) => w.length >= MIN_LENGTH && !stems.has(stem(w)) && rare(w))
      .map(bridge)
      .filter((w): w is string => w !== null);
    return added.length > 0 ? `${query} ${[...new Set(added)].join(' ')}` : query;
  };
}

function nearest(vector: Float32Array | null, known: Array<{ word: string; vector: Float32Array }>): string | null {
  if (!vector) return null;
  let best: string | null = null;
  let bestScore = BRIDGE_MIN;
  for (const candidate of known) {
    let dot = 0;
    for (let d = 0; d < vector.length; d++) dot += vector[d]! * candidate.vector[d]!;
    if (dot >= bestScore) {
      best = candidate.word;
      bestScore = dot;
    }
  }
  return best;
}

function unitVector(vectors: WordVectors, word: string): Float32Array | null {
  const index = vectors.lookup(word);
  if (index === undefined) return null;
  const vector = new Float32Array(vectors.dimensions);
  vectors.accumulate(index, 1, vector);
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm === 0) return null;
  for (let d = 0; d < vector.length; d++) vector[d]! /= norm;
  return vector;
}
