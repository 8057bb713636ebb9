import { formatSectionPath, type Section } from '../corpus/section.js';
import type { RetrievalHit } from '../retrieval/retrieve.js';
import { extractMarkers } from '../text/sentences.js';
import type { Citation } from './types.js';

/**
 * Citations for the ids the answer text marks, in order of first mark. Only retrieved ids
 * qualify; quotes are always our own verbatim text, never a model's.
 */
export function buildCitations(
  answer: string,
  retrieved: RetrievalHit[],
  sectionsById: Map<string, Section>,
  quotes: Map<string, string> = new Map(),
): Citation[] {
  const hits = new Map(retrieved.map((h) => [h.id, h]));
  const ids = [...new Set(extractMarkers(answer))].filter((id) => hits.has(id) && sectionsById.has(id));
  return ids.map((id) => {
    const section = sectionsById.get(id)!;
    return {
      id,
      title: section.title,
      section: formatSectionPath(section),
      departments: section.departments,
      quote: quotes.get(id) ?? firstSentence(section.text),
      score: hits.get(id)!.score,
    };
  });
}

function firstSentence(text: string): string {
  const end = text.search(/(?<=\.)\s/);
  return end === -1 ? text : text.slice(0, end);
}
