import { documentOf, type Corpus } from '../corpus/corpus.js';
import type { Retrieval } from '../retrieval/types.js';
import { isRelevant, type Selection } from './select-sections.js';

/** A document still in force is named first when it covers the topic at least this well relative to the first. */
const IN_FORCE_SCORE = 0.7;

/**
 * When every section an answer rests on comes from a document past its end date and a document
 * still in force covers the same topic nearly as well, the one in force goes first and the answer
 * names both: people should see what applies now, and what applied before.
 */
export function preferInForce(selection: Selection, retrieval: Retrieval, corpus: Corpus, today: string): Selection {
  const [top] = selection.hits;
  if (!top || retrieval.strategy !== 'hybrid') return selection;
  const inForce = (id: string) => {
    const { validUntil } = documentOf(corpus, corpus.sectionById.get(id)!).metadata;
    return validUntil === null || today <= validUntil;
  };
  if (selection.hits.some((h) => inForce(h.id))) return selection;
  const current = retrieval.hits.find((h) => inForce(h.id) && isRelevant(h, retrieval.language) && h.score >= top.score * IN_FORCE_SCORE);
  return current ? { hits: [current, ...selection.hits], uncertain: false } : selection;
}
