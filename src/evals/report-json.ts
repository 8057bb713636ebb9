import { METRIC_KEYS, type Metrics } from './metrics.js';
import type { EvalRun } from './run-eval-cases.js';
import type { LatencySummary } from './summarize-run.js';

export interface JsonCase {
  id: string;
  retrieved: string[];
  cited: string[];
  refused: boolean;
  answer: string;
  pass: boolean;
}

export interface JsonRun {
  metrics: Metrics;
  by_kind: Record<string, Metrics>;
  cases: JsonCase[];
  latency_ms: LatencySummary;
  latency_ms_by_kind: Record<string, LatencySummary>;
}

/** The contract's report: metrics, by_kind and cases, plus additions (latency, errors, run details, gate, baseline). */
export interface JsonReport extends JsonRun {
  errors: { id: string; message: string }[];
  baseline?: JsonRun;
  [extra: string]: unknown;
}

/** Keys in the contract's order, whatever order the metrics were computed in. */
function orderMetrics(metrics: Metrics): Metrics {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, metrics[k]])) as Metrics;
}

function roundMs(latency: LatencySummary): LatencySummary {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return { p50: round(latency.p50), p95: round(latency.p95) };
}

export function buildJsonRun(run: EvalRun): JsonRun {
  const kinds = Object.entries(run.byKind);
  return {
    metrics: orderMetrics(run.metrics),
    by_kind: Object.fromEntries(kinds.map(([kind, s]) => [kind, orderMetrics(s.metrics)])),
    cases: run.outcomes.map((o) => ({
      id: o.id,
      retrieved: o.retrieved,
      cited: o.cited,
      refused: o.refused,
      answer: o.answer,
      pass: o.pass,
    })),
    latency_ms: roundMs(run.latency),
    latency_ms_by_kind: Object.fromEntries(kinds.map(([kind, s]) => [kind, roundMs(s.latency)])),
  };
}

export function buildJsonReport(system: EvalRun, baseline: EvalRun | null, extra: Record<string, unknown> = {}): JsonReport {
  return {
    ...buildJsonRun(system),
    errors: system.errors,
    ...extra,
    ...(baseline ? { baseline: buildJsonRun(baseline) } : {}),
  };
}
