import type { MatchedMeasure } from './answerer.js';
import type { MatchCase } from './dataset.js';

/** How deep recall looks, and how deep precision looks at most. */
export const MATCH_RECALL_DEPTH = 10;
export const MATCH_PRECISION_DEPTH = 5;

export interface MatchOutcome {
  id: string;
  /** The matcher's measures, most relevant first. */
  matches: MatchedMeasure[];
  latencyMs: number;
  pass: boolean;
}

export interface MatchMetrics {
  match_recall_at_10: number | null;
  match_precision_at_5: number | null;
  match_empty_accuracy: number | null;
}

/** A profile passes when every expected measure is among the first 10, or, expecting none, nothing is matched. */
export function judgeMatch(c: MatchCase, outcome: Omit<MatchOutcome, 'pass'>): MatchOutcome {
  const top = outcome.matches.slice(0, MATCH_RECALL_DEPTH).map((m) => m.id);
  const pass = c.expected.length === 0 ? outcome.matches.length === 0 : c.expected.every((id) => top.includes(id));
  return { ...outcome, pass };
}

/**
 * recall@10: expected ids found among the first 10, over all expected ids (micro-averaged).
 * precision@5: over profiles expecting something, the mean share of the first min(5, n)
 * matches that are expected, n being how many came back (none back counts 0).
 * empty accuracy: over profiles expecting nothing, the share that got no match.
 */
export function computeMatchMetrics(cases: MatchCase[], outcomes: MatchOutcome[]): MatchMetrics {
  const pairs = cases.map((c, i) => ({ c, ids: outcomes[i]!.matches.map((m) => m.id) }));
  const served = pairs.filter(({ c }) => c.expected.length > 0);
  const expectedTotal = served.reduce((n, { c }) => n + c.expected.length, 0);
  const found = served.reduce((n, { c, ids }) => n + c.expected.filter((id) => ids.slice(0, MATCH_RECALL_DEPTH).includes(id)).length, 0);
  const precisions = served.map(({ c, ids }) => {
    const top = ids.slice(0, MATCH_PRECISION_DEPTH);
    return top.length === 0 ? 0 : top.filter((id) => c.expected.includes(id)).length / top.length;
  });
  const unserved = pairs.filter(({ c }) => c.expected.length === 0);
  return {
    match_recall_at_10: expectedTotal === 0 ? null : found / expectedTotal,
    match_precision_at_5: mean(precisions),
    match_empty_accuracy: mean(unserved.map(({ ids }) => (ids.length === 0 ? 1 : 0))),
  };
}

export function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
