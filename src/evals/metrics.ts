import type { EvalCase, MatchCase } from './dataset.js';
import { computeMatchMetrics, mean, type MatchOutcome } from './match-metrics.js';

/** The contract's keys first, in its order; then smalltalk turns and company matching. */
export const METRIC_KEYS = [
  'hit_at_1',
  'hit_at_3',
  'mrr',
  'citation_precision',
  'citation_recall',
  'refusal_accuracy',
  'mention_recall',
  'grounded_rate',
  'fact_accuracy',
  'no_citation_accuracy',
  'match_recall_at_10',
  'match_precision_at_5',
  'match_empty_accuracy',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];
export type Metrics = Record<MetricKey, number | null>;

export interface CaseOutcome {
  id: string;
  retrieved: string[];
  cited: string[];
  refused: boolean;
  answer: string;
  /** Sentences checked for grounding, and how many passed. */
  sentences: number;
  groundedSentences: number;
  latencyMs: number;
  pass: boolean;
}

/** Scores one case against its expectations (the contract's definitions). */
export function judgeCase(c: EvalCase, outcome: Omit<CaseOutcome, 'pass'>): CaseOutcome {
  const expected = new Set(c.expected);
  const correct = outcome.cited.filter((id) => expected.has(id)).length;
  const recall = expected.size === 0 ? 1 : correct / expected.size;
  const precision = outcome.cited.length === 0 ? (expected.size === 0 ? 1 : 0) : correct / outcome.cited.length;
  const mentions = (c.mention ?? []).every((m) => outcome.answer.toLowerCase().includes(m.toLowerCase()));
  const grounded = outcome.refused || outcome.groundedSentences === outcome.sentences;
  const facts = !asksFacts(c) || statesFacts(c, outcome.answer);
  const pass = outcome.refused === c.refuse && recall === 1 && precision >= 0.5 && mentions && grounded && facts;
  return { ...outcome, pass };
}

/** The case lists facts the answer must state (must_contain, must_contain_any). */
export function asksFacts(c: EvalCase): boolean {
  return (c.must_contain?.length ?? 0) + (c.must_contain_any?.length ?? 0) > 0;
}

/**
 * Every must_contain string, and one string of each must_contain_any list, is in the answer as
 * written (figures, phone numbers and dates are compared exactly; Latin letters ignore case).
 */
export function statesFacts(c: EvalCase, answer: string): boolean {
  const text = answer.toLowerCase();
  const holds = (fact: string) => text.includes(fact.toLowerCase());
  return (c.must_contain ?? []).every(holds) && (c.must_contain_any ?? []).every((options) => options.some(holds));
}

/** The facts a case asks for that the answer does not state, for the report. */
export function missingFacts(c: EvalCase, answer: string): string[] {
  const text = answer.toLowerCase();
  const holds = (fact: string) => text.includes(fact.toLowerCase());
  return [
    ...(c.must_contain ?? []).filter((fact) => !holds(fact)),
    ...(c.must_contain_any ?? []).filter((options) => !options.some(holds)).map((options) => options.join(' | ')),
  ];
}

/**
 * The contract's metrics over questions and conversation turns, plus `no_citation_accuracy`:
 * over cases expecting no citation and no refusal (smalltalk, thanks), the share answered
 * without either. The match metrics come from the company profiles.
 */
export function computeMetrics(
  cases: EvalCase[],
  outcomes: CaseOutcome[],
  matchCases: MatchCase[] = [],
  matchOutcomes: MatchOutcome[] = [],
): Metrics {
  const pairs = cases.map((c, i) => ({ c, o: outcomes[i]! }));
  const withExpected = pairs.filter(({ c }) => c.expected.length > 0);
  const rank = (c: EvalCase, o: CaseOutcome) => {
    const r = o.retrieved.findIndex((id) => c.expected.includes(id));
    return r === -1 ? Infinity : r + 1;
  };
  const withMention = pairs.filter(({ c }) => (c.mention ?? []).length > 0);
  const answered = pairs.filter(({ o }) => !o.refused);
  const sentenceCount = answered.reduce((n, { o }) => n + o.sentences, 0);
  const quiet = pairs.filter(({ c }) => c.expected.length === 0 && !c.refuse);
  return {
    hit_at_1: mean(withExpected.map(({ c, o }) => (rank(c, o) <= 1 ? 1 : 0))),
    hit_at_3: mean(withExpected.map(({ c, o }) => (rank(c, o) <= 3 ? 1 : 0))),
    mrr: mean(withExpected.map(({ c, o }) => 1 / rank(c, o))),
    citation_precision: mean(
      withExpected
        .filter(({ o }) => o.cited.length > 0)
        .map(({ c, o }) => o.cited.filter((id) => c.expected.includes(id)).length / o.cited.length),
    ),
    citation_recall: mean(withExpected.map(({ c, o }) => c.expected.filter((id) => o.cited.includes(id)).length / c.expected.length)),
    refusal_accuracy: mean(pairs.map(({ c, o }) => (o.refused === c.refuse ? 1 : 0))),
    mention_recall: mean(
      withMention.map(({ c, o }) => {
        const mentions = c.mention!;
        return mentions.filter((m) => o.answer.toLowerCase().includes(m.toLowerCase())).length / mentions.length;
      }),
    ),
    grounded_rate: sentenceCount === 0 ? null : answered.reduce((n, { o }) => n + o.groundedSentences, 0) / sentenceCount,
    fact_accuracy: mean(pairs.filter(({ c }) => asksFacts(c)).map(({ c, o }) => (statesFacts(c, o.answer) ? 1 : 0))),
    no_citation_accuracy: mean(quiet.map(({ o }) => (o.cited.length === 0 && !o.refused ? 1 : 0))),
    ...computeMatchMetrics(matchCases, matchOutcomes),
  };
}
