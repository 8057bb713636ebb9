import { isInForce, type Corpus } from '../corpus/corpus.js';
import type { Retrieval } from '../retrieval/types.js';
import { isRelevant, type Selection } from './select-sections.js';

/** A document still in force is named first when it covers the topic at least this well relative to the first. */
const IN_FORCE_SCORE = 0.7;

/**
 * What applies now comes first. When the sections an answer rests on mix documents in force and
 * expired ones (a list, a department's measures, a measure and its successor), those in force go
 * first, each group in its own order. When every section comes from a document past its end date
 * and a document still in force covers the same topic nearly as well, the one in force goes first
 * and the answer names both: people should see what applies now, and what applied before.
 */
export function preferInForce(selection: Selection, retrieval: Retrieval, corpus: Corpus, today: string): Selection {
  const [top] = selection.hits;
  if (!top) return selection;
  const inForce = (id: string) => isInForce(corpus, id, today);
  if (selection.hits.some((h) => inForce(h.id))) {
    // A question that names sections gets them in the order it named them.
    if (retrieval.strategy === 'explicit') return selection;
    return { ...selection, hits: [...selection.hits.filter((h) => inForce(h.id)), ...selection.hits.filter((h) => !inForce(h.id))] };
  }
  if (retrieval.strategy !== 'hybrid') return selection;
  const current = retrieval.hits.find((h) => inForce(h.id) && isRelevant(h, retrieval.language) && h.score >= top.score * IN_FORCE_SCORE);
  return current ? { hits: [current, ...selection.hits], uncertain: false } : selection;
}
