import type { Retrieval } from '../retrieval/types.js';
import { RELEVANCE, type Selection } from './select-sections.js';

// Selections a turn asks for instead of the ranking's own: the sections holding a word, the ones
// meant among those just listed, everything but a corrected answer.

/** The retrieved sections that hold the asked-for word, in ranked order; null when none does. */
export function selectMentioning(retrieval: Retrieval, mentioning: Set<string>): Selection | null {
  if (retrieval.pinned > 0 || mentioning.size === 0) return null;
  const hits = retrieval.hits.filter((h) => mentioning.has(h.id)).slice(0, RELEVANCE.maxList);
  return hits.length > 0 ? { hits, uncertain: false } : null;
}

/**
 * "Only the green ones" after a list: the listed sections the question's own ranking puts first,
 * with any close to the first; null when it ranks none of them (then it is answered as new).
 */
export function selectNarrowed(retrieval: Retrieval, narrowTo: string[] | undefined): Selection | null {
  if (!narrowTo || narrowTo.length === 0) return null;
  if (retrieval.pinned > 0) {
    // "Of these, which does the Investment Office handle?": the list asked for (a department's, a
    // part's) among those just given.
    const both = retrieval.hits.slice(0, retrieval.pinned).filter((h) => narrowTo.includes(h.id));
    return both.length > 0 ? { hits: both, uncertain: false } : null;
  }
  const listed = retrieval.hits.filter((h) => narrowTo.includes(h.id));
  const [first] = listed;
  if (!first) return null;
  return { hits: listed.filter((h) => h.score >= first.score * RELEVANCE.uncertainScore), uncertain: false };
}

export function withoutSections(retrieval: Retrieval, ids: string[]): Retrieval {
  return { ...retrieval, hits: retrieval.hits.filter((h) => !ids.includes(h.id)) };
}
