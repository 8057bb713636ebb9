import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import type { Asks } from './detect-asks.js';

/** Thresholds measured on evals/dataset.jsonl (see README, "Evaluating"); they gate mechanisms, not questions. */
export const RELEVANCE = {
  /** A BM25 match this strong means the question shares rare words with the policy. */
  minLexical: 8,
  /** Without shared words, only a close meaning counts (paraphrases). */
  minDense: 0.55,
  /** How many top hits may carry the evidence that the question is about the policy. */
  evidenceDepth: 3,
  /** A further section is cited only when it ranks nearly as well as the first on both rankers. */
  companionScore: 0.97,
  companionLexical: 0.6,
  companionDense: 0.9,
  maxSections: 3,
};

/** The sections an answer should rest on; empty means nothing in the policy is relevant. */
export function selectSections(retrieval: Retrieval, asks: Asks): RetrievalHit[] {
  const required = asks.sections.flatMap((id) => retrieval.hits.filter((h) => h.id === id));
  if (retrieval.pinned > 0) return dedupe([...retrieval.hits.slice(0, retrieval.pinned), ...required]);
  const topical = retrieval.hits.filter((h) => !asks.sections.includes(h.id));
  const [top, ...rest] = topical;
  const onTopic = topical.slice(0, RELEVANCE.evidenceDepth).some(isRelevant);
  // A validity or document question names a topic only in passing unless it matches clearly.
  if (!top || !onTopic || (required.length > 0 && !(isRelevant(top) && top.lexical >= RELEVANCE.minLexical))) {
    return required;
  }
  const companions = rest
    .slice(0, RELEVANCE.maxSections - 1)
    .filter(
      (h) =>
        h.score >= top.score * RELEVANCE.companionScore &&
        h.lexical >= top.lexical * RELEVANCE.companionLexical &&
        h.dense >= top.dense * RELEVANCE.companionDense,
    );
  return [...required, top, ...companions];
}

function isRelevant(hit: RetrievalHit): boolean {
  return hit.lexical >= RELEVANCE.minLexical || hit.dense >= RELEVANCE.minDense;
}

function dedupe(hits: RetrievalHit[]): RetrievalHit[] {
  return hits.filter((h, i) => hits.findIndex((x) => x.id === h.id) === i);
}
