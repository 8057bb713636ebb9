import { LANGUAGES, REPORT_KINDS, type EvalCase, type MatchCase } from './dataset.js';
import type { MatchOutcome } from './match-metrics.js';
import { computeMetrics, type CaseOutcome, type Metrics } from './metrics.js';

export interface LatencySummary {
  p50: number | null;
  p95: number | null;
}

/** Metrics and latency of a set of scored items (questions, turns, profiles); `count` says how many. */
export interface GroupSummary {
  metrics: Metrics;
  latency: LatencySummary;
  count: number;
}

export interface LanguageSummary extends GroupSummary {
  byKind: Record<string, GroupSummary>;
}

export interface RunSummary extends GroupSummary {
  byKind: Record<string, GroupSummary>;
  byLanguage: Record<string, LanguageSummary>;
}

/** What was scored: questions and conversation turns, and company profiles, each beside its outcome. */
export interface ScoredItems {
  cases: EvalCase[];
  outcomes: CaseOutcome[];
  matchCases: MatchCase[];
  matchOutcomes: MatchOutcome[];
}

/** Nearest-rank percentile: always a latency that was actually measured. */
export function computePercentile(values: number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarizeLatency(outcomes: { latencyMs: number }[]): LatencySummary {
  const values = outcomes.map((o) => o.latencyMs);
  return { p50: computePercentile(values, 50), p95: computePercentile(values, 95) };
}

type Filter = (item: { kind: string; language?: string }) => boolean;

function selectItems(items: ScoredItems, keep: Filter): ScoredItems {
  const questions = items.cases.flatMap((c, i) => (keep(c) ? [i] : []));
  const matches = items.matchCases.flatMap((c, i) => (keep(c) ? [i] : []));
  return {
    cases: questions.map((i) => items.cases[i]!),
    outcomes: questions.map((i) => items.outcomes[i]!),
    matchCases: matches.map((i) => items.matchCases[i]!),
    matchOutcomes: matches.map((i) => items.matchOutcomes[i]!),
  };
}

function summarizeGroup(items: ScoredItems): GroupSummary {
  return {
    metrics: computeMetrics(items.cases, items.outcomes, items.matchCases, items.matchOutcomes),
    latency: summarizeLatency([...items.outcomes, ...items.matchOutcomes]),
    count: items.cases.length + items.matchCases.length,
  };
}

/** Per kind, in the contract's order, only the kinds the items have. */
function summarizeKinds(items: ScoredItems): Record<string, GroupSummary> {
  const byKind: Record<string, GroupSummary> = {};
  for (const kind of REPORT_KINDS) {
    const group = selectItems(items, (c) => c.kind === kind);
    if (group.cases.length + group.matchCases.length > 0) byKind[kind] = summarizeGroup(group);
  }
  return byKind;
}

/** Overall, per kind, and per language (each with its own per-kind split); a case without a language is English. */
export function summarizeRun(items: ScoredItems): RunSummary {
  const byLanguage: Record<string, LanguageSummary> = {};
  for (const language of LANGUAGES) {
    const group = selectItems(items, (c) => (c.language ?? 'en') === language);
    if (group.cases.length + group.matchCases.length > 0)
      byLanguage[language] = { ...summarizeGroup(group), byKind: summarizeKinds(group) };
  }
  return { ...summarizeGroup(items), byKind: summarizeKinds(items), byLanguage };
}
