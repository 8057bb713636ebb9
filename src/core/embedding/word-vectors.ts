import { AppError } from '../errors.js';

/**
 * A compact word-vector table: int8 vectors with one float scale per word, words in
 * frequency-rank order of the source corpus (the rank feeds SIF weighting).
 *
 * Layout: "WVEC" | u32 header length | header JSON | int8 vectors | f32 scales.
 */
export interface WordVectors {
  source: string;
  dimensions: number;
  /** Rank of each word in the source vocabulary (1 = most frequent). */
  ranks: Uint32Array;
  sourceSize: number;
  lookup(word: string): number | undefined;
  /** Adds `weight` times the word's vector into `target`. */
  accumulate(index: number, weight: number, target: Float32Array): void;
}

interface Header {
  source: string;
  dimensions: number;
  sourceSize: number;
  words: string[];
  ranks: number[];
}

const MAGIC = 0x43455657; // "WVEC" little-endian

export function encodeWordVectors(header: Header, vectors: Float32Array[]): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const count = header.words.length;
  const dims = header.dimensions;
  const vectorOffset = align(8 + headerBytes.length, 4);
  const scaleOffset = align(vectorOffset + count * dims, 4);
  const out = new Uint8Array(scaleOffset + count * 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  const ints = new Int8Array(out.buffer, vectorOffset, count * dims);
  const scales = new Float32Array(out.buffer, scaleOffset, count);
  vectors.forEach((vector, i) => {
    const max = vector.reduce((m, v) => Math.max(m, Math.abs(v)), 0) || 1;
    scales[i] = max / 127;
    for (let d = 0; d < dims; d++) ints[i * dims + d] = Math.round((vector[d]! / max) * 127);
  });
  return out;
}

export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) {
    throw new AppError('invalid_word_vectors', 'word-vector file has no WVEC header');
  }
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  const { dimensions: dims, words } = header;
  const vectorOffset = align(8 + headerLength, 4);
  const scaleOffset = align(vectorOffset + words.length * dims, 4);
  // Copy so typed views are aligned whatever the caller's buffer offset was.
  const ints = new Int8Array(bytes.slice(vectorOffset, vectorOffset + words.length * dims).buffer);
  const scales = new Float32Array(bytes.slice(scaleOffset, scaleOffset + words.length * 4).buffer);
  const indexOf = new Map(words.map((word, i) => [word, i]));
  return {
    source: header.source,
    dimensions: dims,
    sourceSize: header.sourceSize,
    ranks: Uint32Array.from(header.ranks),
    lookup: (word) => indexOf.get(word),
    accumulate(index, weight, target) {
      const scaled = weight * scales[index]!;
      const base = index * dims;
      for (let d = 0; d < dims; d++) target[d]! += scaled * ints[base + d]!;
    },
  };
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
