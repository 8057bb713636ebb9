// Kept apart from chunk-sections.ts so searching (on Workers too) does not pull in the text splitter.

export interface Chunk {
  /** "M10#0" */
  id: string;
  sectionId: string;
  /** "Measure 10: Enhancing technology finance (... financial services industry)" */
  heading: string;
  text: string;
  /** The section's glossary English, when it is written in Chinese only (see Section.gloss). */
  gloss?: string;
}

/** What the embedder and the lexical index see for a chunk. */
export function chunkSearchText(chunk: Chunk): string {
  return chunk.gloss ? `${chunk.heading}\n${chunk.text}\n${chunk.gloss}` : `${chunk.heading}\n${chunk.text}`;
}
