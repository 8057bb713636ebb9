import { CHANNELS, FAILURE_KINDS } from '../../core/storage/store.js';
import { escapeHtml } from '../../core/text/escape-html.js';
import type { FailureFilter, FailureRow } from './admin-failures.js';
import { DOUBT_LABELS, FLAG_LABELS, transcriptHref } from './transcript-page.js';

const CHOICES: Record<keyof FailureFilter, { label: string; values: readonly string[] }> = {
  kind: { label: 'Kind', values: FAILURE_KINDS },
  language: { label: 'Language', values: ['en', 'zh'] },
  channel: { label: 'Channel', values: CHANNELS },
};

/**
 * "What fails, at a glance": the recent refused and down-voted questions as stored (redacted),
 * a filter form that works without script, and how to export the same rows as eval cases.
 */
/**
 * What the export commands name when PUBLIC_URL is unset: a shell variable the operator sets, as
 * they set $ADMIN_TOKEN; never the request's Host header, which the client writes.
 */
export const ORIGIN_PLACEHOLDER = '$ASSISTANT_URL';

export function renderFailures(rows: FailureRow[], filter: FailureFilter, token: string | undefined, origin: string): string {
  const selects = (Object.keys(CHOICES) as Array<keyof FailureFilter>)
    .map((name) => {
      const { label, values } = CHOICES[name];
      const options = ['', ...values]
        .map(
          (v) =>
            `<option value="${v}"${filter[name] === v || (!filter[name] && v === '') ? ' selected' : ''}>${v === '' ? 'all' : v}</option>`,
        )
        .join('');
      return `<label>${label} <select name="${name}">${options}</select></label>`;
    })
    .join(' ');
  const hidden = token === undefined ? '' : `<input type="hidden" name="token" value="${escapeHtml(token)}">`;
  const query = new URLSearchParams(Object.entries(filter).flatMap(([name, value]) => (value ? [[name, value]] : []))).toString();
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.createdAt.slice(0, 16).replace('T', ' '))}</td><td>${r.kinds
          .map((k) => (k === 'doubtful' ? `${FLAG_LABELS[k]}: ${r.doubts.map((d) => DOUBT_LABELS[d]).join(', ')}` : FLAG_LABELS[k]))
          .join('; ')}</td>` +
        `<td>${r.language}</td><td>${escapeHtml(r.channel)}</td><td><a href="${escapeHtml(transcriptHref(r.conversationId, token))}">${escapeHtml(r.question) || '(no question)'}</a>${r.comment ? `<br><small>comment: ${escapeHtml(r.comment)}</small>` : ''}</td>` +
        `<td>${r.cited.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ') || '—'}</td></tr>`,
    )
    .join('');
  const table = rows.length
    ? `<table><thead><tr><th>when (UTC)</th><th>kind</th><th>lang</th><th>channel</th><th>question</th><th>cited</th></tr></thead><tbody>${body}</tbody></table>`
    : '<p class="empty">Nothing refused, down-voted or doubtful matches.</p>';
  return `<section id="failures"><h2>What fails: recent refused, down-voted and low-confidence answers</h2>
<p>Low confidence: an uncited section ranked nearly as high as the first cited one (close runner-up), or the preamble or an
overall requirement led without ranking clearly first. Each question opens its conversation's transcript.</p>
<form method="get" action="#failures">${selects} ${hidden}<button type="submit">Filter</button></form>
${table}
<p>Export these as eval cases (JSONL; the system's citations are <code>cited</code>, add <code>expected</code> to make a case):
<code>curl -H "Authorization: Bearer $ADMIN_TOKEN" "${escapeHtml(origin)}/admin/export${query ? `?${escapeHtml(query)}` : ''}"</code>${
    origin === ORIGIN_PLACEHOLDER
      ? " (set <code>ASSISTANT_URL</code> to this service's address, or <code>PUBLIC_URL</code> on the server to have it filled in)"
      : ''
  }</p></section>`;
}
