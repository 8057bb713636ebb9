import type { Chunk } from '../../core/corpus/chunk.js';
import type { GlossaryEntry } from '../../core/corpus/corpus.js';
import type { PolicyDocument } from '../../core/corpus/document.js';
import type { Prompts } from '../../core/llm/prompts.js';
import type { WidgetAssets } from '../../channels/widget/widget-routes.js';

/**
 * Everything the Node server reads from disk or builds at start, prepared by
 * `npm run build:worker` and bundled into the worker as one JSON text module.
 */
export interface WorkerAssets {
  /** The model that embedded the chunks; queries must use the same one. */
  embedderId: string;
  /** The parsed documents with their translations, and the corpus's shared lists. */
  documents: PolicyDocument[];
  glossary: GlossaryEntry[];
  places: string[];
  chunks: Chunk[];
  dimensions: number;
  /** The chunks' unit vectors as little-endian Float32, concatenated, in base64. */
  vectors: string;
  /** The serialized MiniSearch index. */
  lexical: string;
  prompts: Prompts;
  widget: WidgetAssets;
}

export function encodeVectors(vectors: Float32Array[]): string {
  const bytes = new Uint8Array(vectors.reduce((n, v) => n + v.byteLength, 0));
  let offset = 0;
  for (const vector of vectors) {
    bytes.set(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength), offset);
    offset += vector.byteLength;
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeVectors(base64: string, dimensions: number): Float32Array[] {
  const binary = atob(base64);
  const floats = new Float32Array(binary.length / 4);
  const bytes = new Uint8Array(floats.buffer);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return Array.from({ length: floats.length / dimensions }, (_, i) => floats.subarray(i * dimensions, (i + 1) * dimensions));
}
