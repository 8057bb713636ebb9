import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/corpus.js';
import type { WordVectors } from '../embedding/word-vectors.js';
import { createWordBridge } from './bridge-words.js';

/** Word vectors of two dimensions; ranks above 1500 are rare words, below common ones. */
function vectors(table: Record<string, [number, number, number]>): WordVectors {
  const words = Object.keys(table);
  return {
    source: 'test',
    dimensions: 2,
    ranks: Uint32Array.from(words.map((w) => table[w]![2])),
    sourceSize: 20000,
    lookup: (word) => (words.includes(word) ? words.indexOf(word) : undefined),
    accumulate(index, weight, target) {
      const [x, y] = table[words[index]!]!;
      target[0]! += weight * x;
      target[1]! += weight * y;
    },
  };
}

const table = vectors({
  centers: [1, 0.05, 3000],
  hubs: [1, 0.1, 8000],
  rental: [0, 1, 7000],
  garden: [0.7, 0.7, 5000],
  make: [0.02, 1, 100],
  build: [0, 1, 400],
});
const corpus = (gloss?: string) => ({ sections: [{ id: 'X:M1', gloss }] }) as unknown as Corpus;

describe('createWordBridge', () => {
  it('adds the gloss word nearest to a question word no gloss holds', () => {
    const bridge = createWordBridge(corpus('data centers rental'), table);
    expect(bridge('green data hubs')).toBe('green data hubs centers');
  });

  it('leaves words a gloss holds, words far from every gloss word, and common words alone', () => {
    const bridge = createWordBridge(corpus('data centers rental build'), table);
    expect(bridge('rentals for centers')).toBe('rentals for centers');
    expect(bridge('a garden')).toBe('a garden');
    expect(bridge('make it')).toBe('make it');
  });

  it('returns questions as they are without a Chinese-only section or without vectors', () => {
    expect(createWordBridge(corpus(undefined), table)('data centres')).toBe('data centres');
    expect(createWordBridge(corpus('data centers'), undefined)('data centres')).toBe('data centres');
  });
});
