import { METRIC_KEYS, type MetricKey, type Metrics } from './metrics.js';
import type { LatencySummary } from './summarize-run.js';
import type { EvalRun } from './run-eval-cases.js';

export const METRIC_LABELS: Record<MetricKey, string> = {
  hit_at_1: 'hit@1',
  hit_at_3: 'hit@3',
  mrr: 'MRR',
  citation_precision: 'cite prec',
  citation_recall: 'cite rec',
  refusal_accuracy: 'refusal acc',
  mention_recall: 'mention rec',
  grounded_rate: 'grounded',
};

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

export function formatScore(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

export function formatMs(value: number | null): string {
  if (value === null) return '-';
  return value.toFixed(value < 1 ? 2 : value < 10 ? 1 : 0);
}

/** system / baseline, or "-" when either is missing or the baseline is 0. */
export function formatRatio(system: number | null, baseline: number | null): string {
  if (system === null || baseline === null || baseline === 0) return '-';
  return `${(system / baseline).toFixed(2)}x`;
}

/** Overall and one row per kind: every metric plus answer latency; header first. */
export function buildRunRows(run: EvalRun): string[][] {
  const header = ['kind', 'cases', ...METRIC_KEYS.map((k) => METRIC_LABELS[k]), 'p50 ms', 'p95 ms'];
  const row = (name: string, count: number, metrics: Metrics, latency: LatencySummary) => [
    name,
    String(count),
    ...METRIC_KEYS.map((k) => formatScore(metrics[k])),
    formatMs(latency.p50),
    formatMs(latency.p95),
  ];
  const counts = new Map<string, number>();
  for (const c of run.cases) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return [
    header,
    row('overall', run.cases.length, run.metrics, run.latency),
    ...Object.entries(run.byKind).map(([kind, s]) => row(kind, counts.get(kind) ?? 0, s.metrics, s.latency)),
  ];
}

/** The overall metrics of both pipelines side by side, with system / baseline; header first. */
export function buildComparisonRows(system: EvalRun, baseline: EvalRun): string[][] {
  const scoreRow = (label: string, a: number | null, b: number | null) => [label, formatScore(a), formatScore(b), formatRatio(a, b)];
  const msRow = (label: string, a: number | null, b: number | null) => [label, formatMs(a), formatMs(b), formatRatio(a, b)];
  const passRate = (run: EvalRun) => run.outcomes.filter((o) => o.pass).length / Math.max(1, run.outcomes.length);
  return [
    ['metric', 'system', 'baseline', 'ratio'],
    ...METRIC_KEYS.map((k) => scoreRow(METRIC_LABELS[k], system.metrics[k], baseline.metrics[k])),
    scoreRow('cases passed', passRate(system), passRate(baseline)),
    msRow('p50 ms', system.latency.p50, baseline.latency.p50),
    msRow('p95 ms', system.latency.p95, baseline.latency.p95),
  ];
}
