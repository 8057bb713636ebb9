import { escapeHtml } from '../../core/text/escape-html.js';
import type { HandoffRow } from './admin-handoffs.js';
import { transcriptHref } from './transcript-page.js';

/** The hand-offs to staff with their status, what was asked and what staff answered; and how to export answers as eval cases. */
export function renderHandoffs(rows: HandoffRow[], origin: string, token: string | undefined): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.createdAt.slice(0, 16).replace('T', ' '))}</td><td>${escapeHtml(r.status)}${r.staffUser ? `<br><small>${escapeHtml(r.staffUser)}</small>` : ''}</td>` +
        `<td>${escapeHtml(r.question) || '—'}${r.note ? `<br><small>note: ${escapeHtml(r.note)}</small>` : ''}${r.contact ? `<br><small>contact: ${escapeHtml(r.contact)}</small>` : ''}</td>` +
        `<td>${r.staff.map((m) => `${escapeHtml(m.author)}: ${escapeHtml(m.text)}`).join('<br>') || '—'}</td>` +
        `<td><a href="${escapeHtml(transcriptHref(r.conversationId, token))}"><code>${escapeHtml(r.conversationId)}</code></a></td></tr>`,
    )
    .join('');
  const table = rows.length
    ? `<table><thead><tr><th>when (UTC)</th><th>status</th><th>question</th><th>staff replies</th><th>conversation</th></tr></thead><tbody>${body}</tbody></table>`
    : '<p class="empty">No hand-offs yet.</p>';
  return `<section id="handoffs"><h2>Hand-offs to staff</h2>
${table}
<p>Export staff answers as eval cases (JSONL; staff replies are <code>staff</code>, add <code>expected</code> to make a case):
<code>curl -H "Authorization: Bearer $ADMIN_TOKEN" "${escapeHtml(origin)}/admin/handoffs/export"</code></p></section>`;
}
