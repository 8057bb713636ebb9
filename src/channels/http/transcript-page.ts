import { labelId } from '../../core/corpus/section.js';
import type { Doubt, FailureKind } from '../../core/storage/store.js';
import { escapeHtml } from '../../core/text/escape-html.js';
import type { Transcript, TranscriptTurn } from './admin-transcript.js';

/** How the admin pages name an answer's low-confidence signals. */
export const DOUBT_LABELS: Record<Doubt, string> = {
  close_runner_up: 'close runner-up',
  general_section: 'led by the preamble or an overall requirement',
};

export const FLAG_LABELS: Record<FailureKind, string> = { refused: 'refused', downvoted: 'down-voted', doubtful: 'low confidence' };

export const ADMIN_STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
section{border:1px solid #ddd;border-radius:6px;padding:1rem;margin:1rem 0}
h2{font-size:1rem;margin:0 0 .5rem}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.3rem;text-align:left;vertical-align:top}form{margin:.5rem 0}td.num{text-align:right;white-space:nowrap}
.empty{color:#666}.flag{color:#a12}.turn{border-left:3px solid #ccc;padding:.3rem .6rem;margin:.6rem 0;white-space:pre-wrap}
.turn.user{border-color:#3b6ea5}.turn.assistant{border-color:#3a8d4f}.turn.staff{border-color:#b07a00}.meta{color:#555;font-size:12px;white-space:normal}`;

/** The admin page's address for one conversation's transcript, carrying the ?token= the page was opened with. */
export function transcriptHref(conversationId: string, token: string | undefined): string {
  return `/admin/conversations/${encodeURIComponent(conversationId)}/view${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** One conversation as stored, for an operator: every turn, what each answer cited and ranked, its rating and flags, staff replies, hand-offs. */
export function renderTranscriptPage(transcript: Transcript, token: string | undefined): string {
  const { conversation, turns, handoffs } = transcript;
  const back = `/admin${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
  const handoffRows = handoffs
    .map(
      (h) =>
        `<tr><td>${escapeHtml(h.createdAt.slice(0, 16).replace('T', ' '))}</td><td>${escapeHtml(h.status)}${h.staffUser ? ` (${escapeHtml(h.staffUser)})` : ''}</td>` +
        `<td>${h.note ? escapeHtml(h.note) : '—'}</td><td>${h.contact ? escapeHtml(h.contact) : '—'}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>Conversation ${escapeHtml(conversation.id)}</title>
<style>${ADMIN_STYLE}</style></head><body>
<p><a href="${escapeHtml(back)}">Back to the admin page</a></p>
<h1>Conversation <code>${escapeHtml(conversation.id)}</code></h1>
<p>${escapeHtml(conversation.channel)}, started ${escapeHtml(conversation.createdAt.slice(0, 16).replace('T', ' '))} UTC; ${turns.length} turns, stored redacted.</p>
<section id="handoffs"><h2>Hand-offs to staff</h2>${
    handoffs.length
      ? `<table><thead><tr><th>when (UTC)</th><th>status</th><th>note</th><th>contact</th></tr></thead><tbody>${handoffRows}</tbody></table>`
      : '<p class="empty">Not handed to staff.</p>'
  }</section>
<section id="turns"><h2>Turns</h2>${turns.map(renderTurn).join('\n')}</section>
</body></html>`;
}

function renderTurn(turn: TranscriptTurn): string {
  const when = escapeHtml(turn.at.slice(0, 19).replace('T', ' '));
  if (turn.role === 'user') return `<div class="turn user"><div class="meta">user, ${when}</div>${escapeHtml(turn.text)}</div>`;
  if (turn.role === 'staff') {
    return `<div class="turn staff"><div class="meta">staff: ${escapeHtml(turn.author)}, ${when}</div>${escapeHtml(turn.text)}</div>`;
  }
  const flags = turn.flags.length
    ? `<p class="meta flag">${turn.flags
        .map((f) => (f === 'doubtful' ? `${FLAG_LABELS[f]}: ${turn.doubts.map((d) => DOUBT_LABELS[d]).join(', ')}` : FLAG_LABELS[f]))
        .join('; ')}</p>`
    : '';
  const cited = turn.cited.map((id) => `<code>${escapeHtml(id)}</code> ${escapeHtml(labelId(id))}`).join(', ') || '—';
  const retrieved = turn.retrieved.map((r) => `<code>${escapeHtml(r.id)}</code> ${r.score.toFixed(2)}`).join(', ') || '—';
  const feedback = turn.feedback
    ? `${turn.feedback.rating === 'up' ? 'up' : 'down'}${turn.feedback.comment ? `: ${escapeHtml(turn.feedback.comment)}` : ''}`
    : 'none';
  return `<div class="turn assistant"><div class="meta">assistant (${escapeHtml(turn.mode ?? '—')}), ${when}</div>${escapeHtml(turn.text)}
<p class="meta">cited: ${cited}<br>ranked: ${retrieved}<br>feedback: ${feedback}${turn.notices.length ? `<br>notices: ${escapeHtml(turn.notices.join(', '))}` : ''}</p>${flags}</div>`;
}
