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
 * with any close to the first (as close as a list's when it asks for several: "which are for
 * start-ups?"); null when it ranks none of them (then it is answered as new).
 */
export function selectNarrowed(retrieval: Retrieval, narrowTo: string[] | undefined, several = false): Selection | null {
  if (!narrowTo || narrowTo.length === 0) return null;
  // "Of these, which does the Investment Office handle?": the list asked for (a department's, a
  // part's) among those just given. A heading the question shares words with but none of them is under
  // ("其中跟科技企业有关的") says nothing about them: they are ranked instead.
  const both = retrieval.hits.slice(0, retrieval.pinned).filter((h) => narrowTo.includes(h.id));
  if (both.length > 0) return { hits: both, uncertain: false };
  if (retrieval.pinned > 0 && retrieval.strategy !== 'group') return null;
  const listed = retrieval.hits.slice(retrieval.pinned).filter((h) => narrowTo.includes(h.id));
  const [first] = listed;
  if (!first) return null;
  const share = several ? RELEVANCE.listScore : RELEVANCE.uncertainScore;
  return { hits: listed.filter((h) => h.score >= first.score * share), uncertain: false };
}

export function withoutSections(retrieval: Retrieval, ids: string[]): Retrieval {
  return { ...retrieval, hits: retrieval.hits.filter((h) => !ids.includes(h.id)) };
}
