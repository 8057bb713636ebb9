import type { RetrievalHit } from '../retrieval/types.js';
import type { Need } from './needs.js';

/**
 * One search's measures, best first: on the whole profile, on one of its clauses, on one need, or
 * the measures a document wrote for the company's industry.
 */
export interface QueryHits {
  kind: 'profile' | 'clause' | 'need' | 'industry';
  need: Need | null;
  hits: RetrievalHit[];
}

export interface RankedMeasure {
  id: string;
  /** The needs whose searches rank it among their first `supportDepth`, best first. */
  needs: Need[];
  score: number;
}

/**
 * Calibrated on evals/match.jsonl with scripts/measure-match.ts; they weigh kinds of evidence,
 * never single profiles. Retrieval scores are relative (each search's best is about 1), so a
 * merged score near 1 means "best for some aspect of this company".
 */
export const MATCH_WEIGHTS = {
  /** A clause says less about the company than the whole profile. */
  clauseWeight: 0.8,
  /** A need search is mostly the need's own words, so its ranking says least about this company. */
  needWeight: 0.7,
  /**
   * The measures written for the company's industry that its description reaches with at least
   * `industrySeen`: the first scores `industryScore`, each next one `industryStep` less.
   */
  industryScore: 0.85,
  industryStep: 0.02,
  industrySeen: 0.2,
  /** Added for every further search (the profile, a need) that ranks the measure among its first `supportDepth`. */
  supportBonus: 0.15,
  supportDepth: 5,
  /** Below this merged score a measure is noise. */
  minScore: 0.6,
  /** The profile (or one of its clauses) shares this much with one of its first `gateDepth` measures ... */
  minLexical: 20,
  minDense: 0.65,
  gateDepth: 3,
  /** ... or at least this much with a measure that a need search also ranks among its first `gateDepth`. */
  agreeLexical: 8,
  /**
   * How much a description search's relative score is tempered by absolute evidence: a clause's
   * best hit scores 1 even when it barely matches. Dense similarity counts from `denseFrom` up
   * to `denseFull`, BM25 up to `lexicalFull`, whichever says more.
   */
  certainty: 0.3,
  denseFrom: 0.4,
  denseFull: 0.8,
  lexicalFull: 40,
};

const KIND_WEIGHT = { profile: 1, clause: MATCH_WEIGHTS.clauseWeight, need: MATCH_WEIGHTS.needWeight, industry: 1 };

/**
 * Merges the searches per measure: its best weighted score, plus a bonus for each other search
 * that ranks it high (a measure serving the company's trade and two of its needs beats one that
 * serves a single need), and keeps those above the floor. Returns nothing for a company the
 * policy does not serve (see isServed).
 */
export function rankEvidence(results: QueryHits[], weights = MATCH_WEIGHTS): RankedMeasure[] {
  if (!isServed(results, weights)) return [];
  const kindWeight = { ...KIND_WEIGHT, clause: weights.clauseWeight, need: weights.needWeight };
  const evidence = new Map<string, { best: number; needs: Map<Need, number>; support: Set<string> }>();
  for (const { kind, need, hits } of results) {
    hits.forEach((hit, rank) => {
      if (hit.score <= 0) return;
      const entry = evidence.get(hit.id) ?? { best: 0, needs: new Map<Need, number>(), support: new Set<string>() };
      // Need and industry evidence is not a text match, so it has no absolute signals to temper it.
      const certain = kind === 'need' || kind === 'industry' ? 1 : 1 - weights.certainty + weights.certainty * strength(hit, weights);
      entry.best = Math.max(entry.best, hit.score * certain * kindWeight[kind]);
      if (rank < weights.supportDepth) {
        // The profile and its clauses are one source of support: the company's own description.
        entry.support.add(kind === 'industry' ? 'industry' : (need ?? 'profile'));
        if (need !== null) entry.needs.set(need, Math.max(hit.score, entry.needs.get(need) ?? 0));
      }
      evidence.set(hit.id, entry);
    });
  }
  return [...evidence.entries()]
    .map(([id, e]) => ({
      id,
      needs: [...e.needs.entries()].sort((a, b) => b[1] - a[1]).map(([need]) => need),
      score: round(e.best + weights.supportBonus * (e.support.size - 1)),
    }))
    .filter((m) => m.score >= weights.minScore)
    .sort((a, b) => b.score - a.score);
}

/** 0..1: how clearly a hit matches by absolute signals, whatever the other hits of its search. */
function strength(hit: RetrievalHit, weights: typeof MATCH_WEIGHTS): number {
  const dense = (hit.dense - weights.denseFrom) / (weights.denseFull - weights.denseFrom);
  return Math.min(1, Math.max(0, dense, hit.lexical / weights.lexicalFull));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Whether the policy speaks to this company at all. Need searches cannot tell: they return the
 * same generic measures whatever the company. So the company's own description must match a
 * measure clearly by absolute signals (scores are relative), or match one moderately that a
 * need search agrees on ("an AI start-up that needs talent": the talent measure, from both sides).
 * A company in an industry a document writes measures for is served outright.
 */
function isServed(results: QueryHits[], weights: typeof MATCH_WEIGHTS): boolean {
  // A document wrote measures for the company's industry: it is served, whatever its words.
  if (results.some((r) => r.kind === 'industry' && r.hits.length > 0)) return true;
  const top = (kinds: Array<QueryHits['kind']>) =>
    results.filter((r) => kinds.includes(r.kind)).flatMap((r) => r.hits.slice(0, weights.gateDepth));
  const described = top(['profile', 'clause']);
  if (described.some((hit) => hit.lexical >= weights.minLexical || hit.dense >= weights.minDense)) return true;
  const needed = new Set(top(['need']).map((hit) => hit.id));
  return described.some((hit) => hit.lexical >= weights.agreeLexical && needed.has(hit.id));
}
