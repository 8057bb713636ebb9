import { AppError } from '../core/errors.js';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Section } from '../core/corpus/section.js';
import type { Embedder } from '../core/embedding/embedder.js';
import { createFlatIndex } from '../core/search/flat-index.js';
import type { CaseAnswerer } from './answerer.js';

export const BASELINE_CHUNKING = { chunkSize: 1000, chunkOverlap: 0 };
const TOP_K = 3;

export interface Span {
  start: number;
  end: number;
}

export interface SectionSpan extends Span {
  id: string;
}

/**
 * Where each section's text sits in the raw policy. A section's text may join trimmed
 * lines (the preamble), so each line is found in turn and the span runs first to last.
 */
export function locateSections(raw: string, sections: Section[]): SectionSpan[] {
  const spans: SectionSpan[] = [];
  let cursor = 0;
  for (const section of sections) {
    const lines = section.text.split('\n').filter((line) => line.trim() !== '');
    let start = -1;
    let end = cursor;
    for (const line of lines) {
      const at = raw.indexOf(line, end);
      if (at === -1) throw new AppError('baseline_mapping', `baseline: text of ${section.id} not found in the raw policy`);
      if (start === -1) start = at;
      end = at + line.length;
    }
    if (start === -1) continue;
    spans.push({ id: section.id, start, end });
    cursor = end;
  }
  return spans;
}

/** Chunks come back as trimmed substrings of the raw text, in order. */
export function locateChunks(raw: string, chunks: string[]): Span[] {
  let cursor = 0;
  return chunks.map((chunk) => {
    const start = raw.indexOf(chunk, cursor);
    if (start === -1) throw new AppError('baseline_mapping', `baseline: chunk not found in the raw policy: "${chunk.slice(0, 60)}"`);
    cursor = start + 1;
    return { start, end: start + chunk.length };
  });
}

export function findOverlappingSections(span: Span, sections: SectionSpan[]): string[] {
  return sections.filter((s) => s.start < span.end && span.start < s.end).map((s) => s.id);
}

export interface BaselineChunk {
  text: string;
  sectionIds: string[];
}

export async function chunkRawPolicy(raw: string, sections: Section[]): Promise<BaselineChunk[]> {
  const texts = await new RecursiveCharacterTextSplitter(BASELINE_CHUNKING).splitText(raw);
  const sectionSpans = locateSections(raw, sections);
  return locateChunks(raw, texts).map((span, i) => ({
    text: texts[i]!,
    sectionIds: findOverlappingSections(span, sectionSpans),
  }));
}

/**
 * The naive RAG the structure-aware design is measured against: fixed-size chunks of the
 * raw text, dense top-3 only, the top chunk verbatim as the answer with its sources
 * appended, and no follow-up handling or refusal.
 */
export async function createBaselineAnswerer(raw: string, sections: Section[], embedder: Embedder): Promise<CaseAnswerer> {
  const chunks = await chunkRawPolicy(raw, sections);
  const index = createFlatIndex(await embedder.embed(chunks.map((c) => c.text)));
  return async (evalCase) => {
    const [vector] = await embedder.embed([evalCase.question]);
    const hits = (await index.search(vector!, TOP_K)).map((hit) => chunks[hit.index]!);
    const ids = [...new Set(hits.flatMap((chunk) => chunk.sectionIds))];
    const top = hits[0];
    const markers = (top?.sectionIds ?? []).map((id) => `[${id}]`).join('');
    return {
      retrieved: ids,
      cited: ids,
      refused: false,
      answer: top ? `${top.text} ${markers}`.trim() : '',
    };
  };
}
