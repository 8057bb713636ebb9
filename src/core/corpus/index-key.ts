import type { ChunkOptions } from './chunk-sections.js';

/** Bump when the on-disk index layout or chunk text changes meaning. */
export const INDEX_FORMAT = 2;

/** A digest of everything the built index depends on; a change means rebuild. */
export async function computeIndexKey(parts: {
  /** Every corpus file's text: documents, metadata, translations, shared lists. */
  sources: string;
  embedderId: string;
  chunking: ChunkOptions;
}): Promise<string> {
  const input = JSON.stringify({ format: INDEX_FORMAT, ...parts });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
