import type { Language } from '../corpus/section.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import type { Asks } from './detect-asks.js';

/** Thresholds measured on the dev sets in evals/ (see docs/evaluation.md); they gate mechanisms, not questions. */
export const RELEVANCE = {
  /** A BM25 match this strong means the question shares rare words with the English text. */
  minLexical: 8,
  /** Without shared words, only a close meaning counts (paraphrases). */
  minDense: { en: 0.55, zh: 0.6 },
  /** A Chinese question whose terms the Chinese text covers this far is about it. */
  minCoverage: 0.3,
  /** A validity or document question in Chinese is also about a measure only when it covers this much of it. */
  strongCoverage: 0.5,
  /** How many top hits may carry the evidence that the question is about the policy. */
  evidenceDepth: 3,
  /** A further section is cited only when it ranks nearly as well as the first on both rankers. */
  companionScore: 0.97,
  companionLexical: 0.6,
  companionDense: 0.9,
  maxSections: 3,
  /** A list question includes every relevant section scoring at least this share of the first. */
  listScore: 0.6,
  /** ... or, for a Chinese question, covers as many of its distinctive terms as the first, and at least this share. */
  listCoverage: 0.5,
  maxList: 8,
  /** Below this share of the first, a runner-up does not make the ranking uncertain. */
  uncertainScore: 0.9,
  /** A question of rule or fact is not covered when the chosen sections lack this share of the words naming its topic. */
  uncoveredShare: 0.6,
};

export interface Selection {
  hits: RetrievalHit[];
  /** The leading candidates are close: the answer names them as possibilities, not as certain. */
  uncertain: boolean;
}

/** The sections an answer should rest on; empty means nothing in the policy is relevant. */
export function selectSections(retrieval: Retrieval, asks: Asks): Selection {
  const { language } = retrieval;
  const required = asks.sections.flatMap((id) => retrieval.hits.filter((h) => h.id === id));
  if (retrieval.pinned > 0) return { hits: dedupe([...retrieval.hits.slice(0, retrieval.pinned), ...required]), uncertain: false };
  const topical = retrieval.hits.filter((h) => !asks.sections.includes(h.id));
  const [top, ...rest] = topical;
  const relevant = (hit: RetrievalHit) => isRelevant(hit, language);
  const onTopic = topical.slice(0, RELEVANCE.evidenceDepth).some(relevant);
  // A validity or document question names a topic only in passing unless it matches clearly.
  if (!top || !onTopic || (required.length > 0 && !isStrong(top, language))) return { hits: required, uncertain: false };
  if (required.length > 0) return { hits: [...required, top], uncertain: false };
  if (asks.list) {
    // Scores fall fast below the first; a Chinese question's own terms say better which sections speak to it.
    const close = (h: RetrievalHit) =>
      h.score >= top.score * RELEVANCE.listScore || (language === 'zh' && h.coverage >= Math.max(top.coverage, RELEVANCE.listCoverage));
    const listed = rest.filter((h) => relevant(h) && close(h) && (isMeasure(h.id) || !isMeasure(top.id))).slice(0, RELEVANCE.maxList - 1);
    return { hits: [...required, top, ...listed], uncertain: false };
  }
  const companions = rest.slice(0, RELEVANCE.maxSections - 1).filter(
    (h) =>
      // The preamble or the period beside a measure would be padding, not a second answer.
      isMeasure(h.id) === isMeasure(top.id) &&
      h.score >= top.score * RELEVANCE.companionScore &&
      h.lexical >= top.lexical * RELEVANCE.companionLexical &&
      h.dense >= top.dense * RELEVANCE.companionDense,
  );
  // Only a measure of the same standing makes the answer uncertain; the preamble or the period never do.
  const runnerUp = rest[0];
  const uncertain =
    companions.length === 0 &&
    runnerUp !== undefined &&
    isMeasure(runnerUp.id) === isMeasure(top.id) &&
    relevant(runnerUp) &&
    runnerUp.score >= top.score * RELEVANCE.uncertainScore;
  return { hits: [...required, top, ...(uncertain ? [runnerUp] : companions)], uncertain };
}

export function isRelevant(hit: RetrievalHit, language: Language): boolean {
  if (language === 'zh' && hit.coverage >= RELEVANCE.minCoverage) return true;
  return hit.lexical >= RELEVANCE.minLexical || hit.dense >= RELEVANCE.minDense[language];
}

/**
 * Clearly about the section, not only sharing a word with it: rare words shared and close in
 * meaning (in Chinese, most of the question's terms). "Who issued it?" shares "issuing" with a
 * bond measure and is still only about the document.
 */
export function isStrong(hit: RetrievalHit, language: Language): boolean {
  if (language === 'zh') return hit.lexical >= RELEVANCE.minLexical && hit.coverage >= RELEVANCE.strongCoverage;
  return hit.lexical >= RELEVANCE.minLexical && hit.dense >= RELEVANCE.minDense.en;
}

/** Measures, not the preamble or the overall requirements: what a "which measures" list is made of. */
function isMeasure(id: string): boolean {
  return /(^|:)M\d+$/.test(id);
}

function dedupe(hits: RetrievalHit[]): RetrievalHit[] {
  return hits.filter((h, i) => hits.findIndex((x) => x.id === h.id) === i);
}
