import { escapeHtml } from '../core/text/escape-html.js';
import { buildComparisonRows, buildMatchRows, buildRunRows, METRIC_LABELS, QUESTION_METRIC_KEYS } from './format-table.js';
import type { MetricKey } from './metrics.js';
import { renderCases } from './render-cases.js';
import type { EvalRun } from './run-eval-cases.js';
import { describeRunInfo, type RunInfo } from './run-info.js';
import { renderGroupedBars, type BarSeries } from './svg-bars.js';
import { describeFloorCheck, type FloorCheck } from './thresholds.js';

export interface HtmlReportInput {
  system: EvalRun;
  baseline: EvalRun | null;
  /** Shown at the top: commit, mode, datasets, dates. */
  info: RunInfo;
  /** The floors checked, when the gate ran. */
  gate?: FloorCheck[] | null;
}

const SERIES: BarSeries[] = [
  { name: 'system', color: '#2563eb' },
  { name: 'baseline', color: '#f59e0b' },
];

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.charts{display:flex;flex-wrap:wrap;gap:12px}
.case{border:1px solid #ddd;border-left-width:4px;padding:4px 12px;margin:6px 0}.case.fail{border-left-color:#e3a}
.case.pass{border-left-color:#3a6}.ok{color:#2a7}.bad{color:#c23}.origin{color:#888;font-size:12px}.ids{font-family:monospace}
.answer{white-space:pre-wrap;background:#f6f6f6;padding:6px}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}`;

/** One self-contained page: inline CSS and SVG only, every dataset or answer string escaped. */
export function renderHtmlReport({ system, baseline, info, gate }: HtmlReportInput): string {
  const runs = baseline ? [system, baseline] : [system];
  const series = SERIES.slice(0, runs.length);
  const kinds = ['overall', ...Object.keys(system.byKind).filter((kind) => kind !== 'match')];
  const metricOf = (run: EvalRun, kind: string, key: MetricKey) =>
    kind === 'overall' ? run.metrics[key] : (run.byKind[kind]?.metrics[key] ?? null);
  const charts = QUESTION_METRIC_KEYS.map((key) =>
    renderGroupedBars(
      METRIC_LABELS[key],
      series,
      kinds.map((kind) => ({ label: kind, values: runs.map((run) => metricOf(run, kind, key)) })),
    ),
  ).join('');
  const legend = series.map((s) => `<span style="background:${s.color}"></span>${s.name}`).join('');
  const languages = Object.entries(system.byLanguage)
    .map(([language, summary]) => `<h3>${escapeHtml(language)}</h3>${renderTable(buildRunRows(summary))}`)
    .join('');
  const matchRows = buildMatchRows(system);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Policy assistant eval</title><style>${STYLE}</style></head><body>
<h1>Policy assistant eval</h1>
<ul>${describeRunInfo(info)
    .map(([k, v]) => `<li>${escapeHtml(k)}: <b>${escapeHtml(v)}</b></li>`)
    .join('')}</ul>
${gate ? renderGate(gate) : ''}
${baseline ? `<h2>System vs baseline</h2>${renderTable(buildComparisonRows(system, baseline))}` : ''}
<h2>Metrics per kind</h2><p class="legend">${legend}</p><div class="charts">${charts}</div>
<h2>System</h2><h3>all languages</h3>${renderTable(buildRunRows(system))}${languages}
${matchRows ? `<h3>company matching</h3>${renderTable(matchRows)}` : ''}
${baseline ? `<h2>Baseline</h2>${renderTable(buildRunRows(baseline))}` : ''}
${renderCases(system)}
</body></html>
`;
}

function renderGate(gate: FloorCheck[]): string {
  const failed = gate.filter((c) => c.status === 'fail');
  const items = gate.map((c) => `<li>${c.status === 'fail' ? '&#10007;' : '&#10003;'} ${escapeHtml(describeFloorCheck(c))}</li>`);
  return `<h2>Gate: ${failed.length === 0 ? 'passed' : 'FAILED'}</h2><ul>${items.join('')}</ul>`;
}

function renderTable(rows: string[][]): string {
  const [header, ...body] = rows;
  const cells = (row: string[], tag: string) => row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('');
  return `<table><tr>${cells(header!, 'th')}</tr>${body.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</table>`;
}
