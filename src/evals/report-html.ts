import { escapeHtml } from '../core/text/escape-html.js';
import { explainFailure } from './explain-failure.js';
import { buildComparisonRows, buildRunRows, METRIC_LABELS } from './format-table.js';
import { METRIC_KEYS, type MetricKey } from './metrics.js';
import type { EvalRun } from './run-eval-cases.js';
import { renderGroupedBars, type BarSeries } from './svg-bars.js';
import { describeFloorCheck, type FloorCheck } from './thresholds.js';

export interface HtmlReportInput {
  system: EvalRun;
  baseline: EvalRun | null;
  /** Shown at the top: dataset, target, date. */
  about: Record<string, string>;
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
.case{border:1px solid #e3a;border-left-width:4px;padding:8px 12px;margin:10px 0}.ids{font-family:monospace}
.answer{white-space:pre-wrap;background:#f6f6f6;padding:6px}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}`;

/** One self-contained page: inline CSS and SVG only, every dataset or answer string escaped. */
export function renderHtmlReport({ system, baseline, about, gate }: HtmlReportInput): string {
  const runs = baseline ? [system, baseline] : [system];
  const series = SERIES.slice(0, runs.length);
  const kinds = ['overall', ...Object.keys(system.byKind)];
  const metricOf = (run: EvalRun, kind: string, key: MetricKey) =>
    kind === 'overall' ? run.metrics[key] : (run.byKind[kind]?.metrics[key] ?? null);
  const charts = METRIC_KEYS.map((key) =>
    renderGroupedBars(
      METRIC_LABELS[key],
      series,
      kinds.map((kind) => ({ label: kind, values: runs.map((run) => metricOf(run, kind, key)) })),
    ),
  ).join('');
  const legend = series.map((s) => `<span style="background:${s.color}"></span>${s.name}`).join('');
  const failing = system.outcomes.filter((o) => !o.pass);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Policy assistant eval</title><style>${STYLE}</style></head><body>
<h1>Policy assistant eval</h1>
<p>${Object.entries(about).map(([k, v]) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`).join(' · ')}</p>
${gate ? renderGate(gate) : ''}
${baseline ? `<h2>System vs baseline</h2>${renderTable(buildComparisonRows(system, baseline))}` : ''}
<h2>Metrics per kind</h2><p class="legend">${legend}</p><div class="charts">${charts}</div>
${runs.map((run, i) => `<h3>${series[i]!.name}</h3>${renderTable(buildRunRows(run))}`).join('')}
<h2>Failing cases (${failing.length} of ${system.outcomes.length})</h2>
${failing.map((o) => renderFailure(system, o.id)).join('')}
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

function renderFailure(run: EvalRun, id: string): string {
  const index = run.outcomes.findIndex((o) => o.id === id);
  const c = run.cases[index]!;
  const o = run.outcomes[index]!;
  const ids = (list: string[]) => `<span class="ids">${escapeHtml(list.join(', ') || '(none)')}</span>`;
  const history = (c.history ?? []).map((t) => `<div><i>${escapeHtml(t.role)}:</i> ${escapeHtml(t.content)}</div>`).join('');
  return `<div class="case"><b>${escapeHtml(c.id)}</b> (${escapeHtml(c.kind)}) ${escapeHtml(c.question)}
${history ? `<details><summary>history</summary>${history}</details>` : ''}
<div>expected: ${ids(c.expected)}${c.refuse ? ' (should refuse)' : ''} · cited: ${ids(o.cited)}${o.refused ? ' (refused)' : ''} · retrieved: ${ids(o.retrieved.slice(0, 5))}</div>
<div>why: ${escapeHtml(explainFailure(c, o).join('; ') || 'see answer')}</div>
<div class="answer">${escapeHtml(o.answer)}</div></div>`;
}
