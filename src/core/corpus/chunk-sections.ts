import type { Chunk } from './chunk.js';
import { labelSection, type Section } from './section.js';

export interface ChunkOptions {
  chunkSize: number;
  chunkOverlap: number;
}

export const DEFAULT_CHUNKING: ChunkOptions = { chunkSize: 900, chunkOverlap: 120 };

/** One chunk per section; a long section is split, each piece carrying the section's id and heading. */
export async function chunkSections(sections: Section[], options = DEFAULT_CHUNKING): Promise<Chunk[]> {
  // Loaded only when an index is built: importing LangChain costs half a second of every start-up.
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  const splitter = new RecursiveCharacterTextSplitter(options);
  const chunks: Chunk[] = [];
  for (const section of sections) {
    const heading = headingOf(section);
    const pieces = section.text.length > options.chunkSize ? await splitter.splitText(section.text) : [section.text];
    for (const [i, text] of pieces.entries()) {
      const chunk: Chunk = { id: `${section.id}#${i}`, sectionId: section.id, heading, text };
      chunks.push(section.gloss ? { ...chunk, gloss: section.gloss } : chunk);
    }
  }
  return chunks;
}

function headingOf(section: Section): string {
  const parent = section.path.at(-1);
  const label = `${labelSection(section)}: ${section.title}`;
  return parent ? `${label} (${parent.replace(/^\S+\s/, '')})` : label;
}
