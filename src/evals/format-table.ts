import { METRIC_KEYS, type MetricKey, type Metrics } from './metrics.js';
import type { GroupSummary, LatencySummary, RunSummary } from './summarize-run.js';
import type { EvalRun } from './run-eval-cases.js';

/** Metrics of company matching, shown in a table of their own (they apply to profiles only). */
export const MATCH_METRIC_KEYS = ['match_recall_at_10', 'match_precision_at_5', 'match_empty_accuracy'] as const satisfies MetricKey[];
/** Metrics of questions and conversation turns. */
export const QUESTION_METRIC_KEYS = METRIC_KEYS.filter((k) => !(MATCH_METRIC_KEYS as readonly string[]).includes(k));

export const METRIC_LABELS: Record<MetricKey, string> = {
  hit_at_1: 'hit@1',
  hit_at_3: 'hit@3',
  mrr: 'MRR',
  citation_precision: 'cite prec',
  citation_recall: 'cite rec',
  refusal_accuracy: 'refusal acc',
  mention_recall: 'mention rec',
  grounded_rate: 'grounded',
  fact_accuracy: 'facts',
  no_citation_accuracy: 'no-cite acc',
  match_recall_at_10: 'match rec@10',
  match_precision_at_5: 'match prec@5',
  match_empty_accuracy: 'match empty',
};

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
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

function buildRow(name: string, keys: readonly MetricKey[], group: { metrics: Metrics; latency: LatencySummary; count: number }): string[] {
  return [
    name,
    String(group.count),
    ...keys.map((k) => formatScore(group.metrics[k])),
    formatMs(group.latency.p50),
    formatMs(group.latency.p95),
  ];
}

/**
 * Overall and one row per kind, question metrics plus latency; header first. The overall
 * row counts every scored item (profiles too); profiles' own metrics are in buildMatchRows.
 */
export function buildRunRows(summary: Pick<RunSummary, 'metrics' | 'latency' | 'count' | 'byKind'>): string[][] {
  const header = ['kind', 'cases', ...QUESTION_METRIC_KEYS.map((k) => METRIC_LABELS[k]), 'p50 ms', 'p95 ms'];
  return [
    header,
    buildRow('overall', QUESTION_METRIC_KEYS, summary),
    ...Object.entries(summary.byKind).map(([kind, group]) => buildRow(kind, QUESTION_METRIC_KEYS, group)),
  ];
}

/** Company matching, overall and per language; null when the run matched no profile. */
export function buildMatchRows(summary: Pick<RunSummary, 'byKind' | 'byLanguage'>): string[][] | null {
  const overall = summary.byKind.match;
  if (!overall) return null;
  const groups: [string, GroupSummary][] = [['overall', overall]];
  for (const [language, s] of Object.entries(summary.byLanguage)) if (s.byKind.match) groups.push([language, s.byKind.match]);
  const header = ['language', 'profiles', ...MATCH_METRIC_KEYS.map((k) => METRIC_LABELS[k]), 'p50 ms', 'p95 ms'];
  return [header, ...groups.map(([name, group]) => buildRow(name, MATCH_METRIC_KEYS, group))];
}

/** The overall metrics of both pipelines side by side (those either measured), with system / baseline; header first. */
export function buildComparisonRows(system: EvalRun, baseline: EvalRun): string[][] {
  const scoreRow = (label: string, a: number | null, b: number | null) => [label, formatScore(a), formatScore(b), formatRatio(a, b)];
  const msRow = (label: string, a: number | null, b: number | null) => [label, formatMs(a), formatMs(b), formatRatio(a, b)];
  const passRate = (run: EvalRun) => {
    const all = [...run.outcomes, ...run.matchOutcomes];
    return all.filter((o) => o.pass).length / Math.max(1, all.length);
  };
  return [
    ['metric', 'system', 'baseline', 'ratio'],
    ...METRIC_KEYS.filter((k) => system.metrics[k] !== null || baseline.metrics[k] !== null).map((k) =>
      scoreRow(METRIC_LABELS[k], system.metrics[k], baseline.metrics[k]),
    ),
    scoreRow('cases passed', passRate(system), passRate(baseline)),
    msRow('p50 ms', system.latency.p50, baseline.latency.p50),
    msRow('p95 ms', system.latency.p95, baseline.latency.p95),
  ];
}
