import { escapeHtml } from '../../core/text/escape-html.js';
import type { Stats } from '../../core/storage/store.js';
import type { FailureFilter, FailureRow } from './admin-failures.js';
import type { HandoffRow } from './admin-handoffs.js';
import { renderFailures } from './failures-section.js';
import { renderHandoffs } from './handoffs-section.js';
import { ADMIN_STYLE } from './transcript-page.js';

const DAYS_SHOWN = 30;
interface Bar {
  label: string;
  value: number;
  /** What is printed beside the bar; the value itself when absent. */
  text?: string;
}

export interface FailuresView {
  rows: FailureRow[];
  filter: FailureFilter;
  /** Carried in the filter form when the page was opened with ?token=. */
  token: string | undefined;
  /** Where the service is reached, for the export command shown. */
  origin: string;
}

/** The admin view: what fails, then the store's figures as inline SVG charts; no script, no external asset. */
export function renderAdminPage(stats: Stats, failures: FailuresView, handoffs: HandoffRow[] = []): string {
  const days = stats.questionsPerDay.slice(-DAYS_SHOWN);
  const questions = stats.questionsPerDay.reduce((sum, d) => sum + d.count, 0);
  const { up, down } = stats.feedback;
  const sections = [
    card(
      `Questions per day (last ${DAYS_SHOWN} days with questions)`,
      days.length ? renderColumns(days.map((d) => ({ label: d.day, value: d.count }))) : empty(),
    ),
    card(
      'Refusal and fallback rates',
      renderHorizontalBars(
        [
          { label: 'refused', value: stats.refusalRate ?? 0, text: percent(stats.refusalRate) },
          { label: 'fallback', value: stats.fallbackRate ?? 0, text: percent(stats.fallbackRate) },
        ],
        1,
      ),
    ),
    card(
      'Most cited measures',
      stats.mostCited.length ? renderHorizontalBars(stats.mostCited.map((m) => ({ label: m.id, value: m.count }))) : empty(),
    ),
    card(`Feedback: ${up} up, ${down} down${up + down ? ` (${percent(up / (up + down))} up)` : ''}`, renderUpDown(up, down)),
    card('Slowest answers', renderSlowest(stats.slowest)),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Policy assistant admin</title>
<style>${ADMIN_STYLE}</style></head><body>
<h1>Policy assistant: usage</h1>
<p>${questions} questions, ${stats.answers} answers stored.</p>
${renderFailures(failures.rows, failures.filter, failures.token, failures.origin)}
${renderHandoffs(handoffs, failures.origin, failures.token)}
${sections.join('\n')}
</body></html>`;
}

function card(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function empty(): string {
  return '<p class="empty">No data yet.</p>';
}

function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

function svg(width: number, height: number, label: string, body: string): string {
  return `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

function renderColumns(bars: Bar[]): string {
  const column = 22;
  const plot = 120;
  const top = 14;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = bars.length * column + 10;
  const body = bars
    .map((b, i) => {
      const h = Math.max((b.value / max) * plot, 1);
      const x = 5 + i * column;
      const tip = `<title>${escapeHtml(`${b.label}: ${b.value}`)}</title>`;
      return (
        `<rect x="${x}" y="${top + plot - h}" width="${column - 4}" height="${h}" fill="#3b6ea5">${tip}</rect>` +
        `<text x="${x + (column - 4) / 2}" y="${top + plot - h - 2}" font-size="9" text-anchor="middle">${b.value}</text>` +
        `<text transform="translate(${x + 4},${top + plot + 8}) rotate(60)" font-size="9">${escapeHtml(b.label.slice(5))}</text>`
      );
    })
    .join('');
  return svg(width, top + plot + 50, 'questions per day', body);
}

function renderHorizontalBars(bars: Bar[], scale?: number): string {
  const row = 20;
  const labelWidth = 80;
  const plot = 360;
  const max = scale ?? Math.max(1, ...bars.map((b) => b.value));
  const body = bars
    .map((b, i) => {
      const y = i * row + 4;
      const w = Math.max((b.value / max) * plot, 1);
      const text = b.text ?? String(b.value);
      return (
        `<text x="${labelWidth - 6}" y="${y + 12}" font-size="11" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${row - 6}" fill="#3b6ea5"><title>${escapeHtml(`${b.label}: ${text}`)}</title></rect>` +
        `<text x="${labelWidth + w + 4}" y="${y + 12}" font-size="11">${escapeHtml(text)}</text>`
      );
    })
    .join('');
  return svg(labelWidth + plot + 60, bars.length * row + 8, 'bar chart', body);
}

function renderUpDown(up: number, down: number): string {
  const total = up + down;
  if (total === 0) return empty();
  const width = 440;
  const upWidth = (up / total) * width;
  const body =
    `<rect x="0" y="0" width="${upWidth}" height="22" fill="#3a8d4f"><title>up: ${up}</title></rect>` +
    `<rect x="${upWidth}" y="0" width="${width - upWidth}" height="22" fill="#c0392b"><title>down: ${down}</title></rect>`;
  return svg(width, 22, 'up and down votes', body);
}

function renderSlowest(rows: Stats['slowest']): string {
  if (rows.length === 0) return empty();
  const body = rows
    .map(
      (r) =>
        `<tr><td class="num">${r.latencyMs} ms</td><td>${escapeHtml(r.question)}</td><td><code>${escapeHtml(r.messageId)}</code></td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>latency</th><th>question</th><th>message</th></tr></thead><tbody>${body}</tbody></table>`;
}
