import { EVAL_KINDS, type EvalCase } from './dataset.js';
import { computeMetrics, type CaseOutcome, type Metrics } from './metrics.js';

export interface LatencySummary {
  p50: number | null;
  p95: number | null;
}

export interface RunSummary {
  metrics: Metrics;
  latency: LatencySummary;
  byKind: Record<string, { metrics: Metrics; latency: LatencySummary }>;
}

/** Nearest-rank percentile: always a latency that was actually measured. */
export function computePercentile(values: number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarizeLatency(outcomes: CaseOutcome[]): LatencySummary {
  const values = outcomes.map((o) => o.latencyMs);
  return { p50: computePercentile(values, 50), p95: computePercentile(values, 95) };
}

/** Overall and per-kind metrics; kinds in the contract's order, only those the dataset has. */
export function summarizeRun(cases: EvalCase[], outcomes: CaseOutcome[]): RunSummary {
  const byKind: RunSummary['byKind'] = {};
  for (const kind of EVAL_KINDS) {
    const indexes = cases.flatMap((c, i) => (c.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    const kindOutcomes = indexes.map((i) => outcomes[i]!);
    byKind[kind] = {
      metrics: computeMetrics(indexes.map((i) => cases[i]!), kindOutcomes),
      latency: summarizeLatency(kindOutcomes),
    };
  }
  return { metrics: computeMetrics(cases, outcomes), latency: summarizeLatency(outcomes), byKind };
}
