import type { Origin } from './dataset.js';
import { METRIC_KEYS, type Metrics } from './metrics.js';
import type { EvalRun } from './run-eval-cases.js';
import type { GroupSummary, LatencySummary } from './summarize-run.js';

export interface JsonCase {
  id: string;
  retrieved: string[];
  cited: string[];
  refused: boolean;
  answer: string;
  pass: boolean;
  kind: string;
  language: string;
  expected: string[];
  /** The dataset file and line the case (or its conversation) comes from. */
  file: string | null;
  line: number | null;
  /** Profiles only: the matches, most relevant first (also in `retrieved` and `cited`). */
  matches?: { id: string; need: string; quote: string }[];
}

export interface JsonRun {
  metrics: Metrics;
  by_kind: Record<string, Metrics>;
  by_language: Record<string, Metrics>;
  by_language_and_kind: Record<string, Record<string, Metrics>>;
  cases: JsonCase[];
  latency_ms: LatencySummary;
  latency_ms_by_kind: Record<string, LatencySummary>;
}

/** The contract's report: metrics, by_kind and cases, plus additions (languages, latency, errors, run details, gate, baseline). */
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

function mapMetrics(groups: Record<string, GroupSummary>): Record<string, Metrics> {
  return Object.fromEntries(Object.entries(groups).map(([name, s]) => [name, orderMetrics(s.metrics)]));
}

function describeOrigin(origin: Origin | undefined) {
  return { file: origin?.file ?? null, line: origin?.line ?? null };
}

/** Every scored item in the contract's case shape: questions, conversation turns, then profiles. */
export function buildJsonCases(run: EvalRun): JsonCase[] {
  const questions = run.outcomes.map((o, i) => {
    const c = run.cases[i]!;
    const { id, retrieved, cited, refused, answer, pass } = o;
    return {
      id,
      retrieved,
      cited,
      refused,
      answer,
      pass,
      kind: c.kind,
      language: c.language ?? 'en',
      expected: c.expected,
      ...describeOrigin(c.origin),
    };
  });
  const profiles = run.matchOutcomes.map((o, i) => {
    const c = run.matchCases[i]!;
    const ids = o.matches.map((m) => m.id);
    const answer = o.matches.map((m) => `${m.id} (${m.need}): ${m.quote}`).join('\n');
    const base = { id: o.id, retrieved: ids, cited: ids, refused: false, answer, pass: o.pass };
    return { ...base, kind: c.kind, language: c.language, expected: c.expected, ...describeOrigin(c.origin), matches: o.matches };
  });
  return [...questions, ...profiles];
}

export function buildJsonRun(run: EvalRun): JsonRun {
  const languages = Object.entries(run.byLanguage);
  return {
    metrics: orderMetrics(run.metrics),
    by_kind: mapMetrics(run.byKind),
    by_language: Object.fromEntries(languages.map(([language, s]) => [language, orderMetrics(s.metrics)])),
    by_language_and_kind: Object.fromEntries(languages.map(([language, s]) => [language, mapMetrics(s.byKind)])),
    cases: buildJsonCases(run),
    latency_ms: roundMs(run.latency),
    latency_ms_by_kind: Object.fromEntries(Object.entries(run.byKind).map(([kind, s]) => [kind, roundMs(s.latency)])),
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
