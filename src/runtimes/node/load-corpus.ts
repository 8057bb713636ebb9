import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePolicy } from '../../core/corpus/parse-policy.js';
import type { Policy, PolicyMetadata } from '../../core/corpus/section.js';
import { decodeWordVectors, type WordVectors } from '../../core/embedding/word-vectors.js';

export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const WORD_VECTORS = fileURLToPath(new URL('../../../models/word-vectors.bin', import.meta.url));

export interface LoadedCorpus {
  policy: Policy;
  /** Raw inputs, for the index key. */
  text: string;
  metadataJson: string;
}

export function loadCorpus(dir = CORPUS_DIR): LoadedCorpus {
  const metadataJson = readFileSync(`${dir}/metadata.json`, 'utf8');
  const metadata = JSON.parse(metadataJson) as PolicyMetadata;
  const text = readFileSync(`${dir}/${metadata.source}`, 'utf8');
  return { policy: parsePolicy(text, metadata), text, metadataJson };
}

export function loadWordVectors(file = WORD_VECTORS): WordVectors {
  return decodeWordVectors(new Uint8Array(readFileSync(file)));
}
