import { escapeHtml } from '../core/text/escape-html.js';
import { LANGUAGES, REPORT_KINDS, type Origin } from './dataset.js';
import { explainFailure, explainMatchFailure } from './explain-failure.js';
import type { EvalRun } from './run-eval-cases.js';

/** One case ready to render: where it goes, whether it passed, and its HTML body. */
interface CaseEntry {
  language: string;
  kind: string;
  pass: boolean;
  summary: string;
  body: string;
}

const ids = (list: string[]) => `<span class="ids">${escapeHtml(list.join(', ') || '(none)')}</span>`;
const where = (origin: Origin | undefined) => (origin ? ` <span class="origin">${escapeHtml(`${origin.file}:${origin.line}`)}</span>` : '');
const mark = (pass: boolean) => (pass ? '<span class="ok">&#10003;</span>' : '<span class="bad">&#10007;</span>');

function listQuestions(run: EvalRun): CaseEntry[] {
  return run.outcomes.map((o, i) => {
    const c = run.cases[i]!;
    const history = (c.history ?? []).map((t) => `<div><i>${escapeHtml(t.role)}:</i> ${escapeHtml(t.content)}</div>`).join('');
    const why = o.pass ? '' : `<div>why: ${escapeHtml(explainFailure(c, o).join('; ') || 'see answer')}</div>`;
    const body = `${history ? `<details><summary>conversation so far</summary>${history}</details>` : ''}
<div>expected: ${ids(c.expected)}${c.refuse ? ' (should refuse)' : ''} · cited: ${ids(o.cited)}${o.refused ? ' (refused)' : ''} · retrieved: ${ids(o.retrieved.slice(0, 5))}</div>
${why}<div class="answer">${escapeHtml(o.answer)}</div>`;
    const summary = `${mark(o.pass)} <b>${escapeHtml(c.id)}</b> ${escapeHtml(c.question)}${where(c.origin)}`;
    return { language: c.language ?? 'en', kind: c.kind, pass: o.pass, summary, body };
  });
}

function listProfiles(run: EvalRun): CaseEntry[] {
  return run.matchOutcomes.map((o, i) => {
    const c = run.matchCases[i]!;
    const asked = [c.industry && `industry: ${c.industry}`, c.needs?.length && `needs: ${c.needs.join(', ')}`].filter(Boolean).join(' · ');
    const matches = o.matches
      .map((m) => `<li><span class="ids">${escapeHtml(m.id)}</span> (${escapeHtml(m.need)}) ${escapeHtml(m.quote)}</li>`)
      .join('');
    const why = o.pass ? '' : `<div>why: ${escapeHtml(explainMatchFailure(c, o).join('; '))}</div>`;
    const body = `${asked ? `<div>${escapeHtml(asked)}</div>` : ''}<div>expected: ${ids(c.expected)} · matched: ${ids(o.matches.map((m) => m.id))}</div>
${why}<ol class="answer">${matches || '<li>(no match)</li>'}</ol>`;
    const summary = `${mark(o.pass)} <b>${escapeHtml(c.id)}</b> ${escapeHtml(c.profile)}${where(c.origin)}`;
    return { language: c.language, kind: c.kind, pass: o.pass, summary, body };
  });
}

/**
 * Every case, by language then kind: failing ones open, passing ones folded, so the page
 * reads as a to-do list and still holds the whole run.
 */
export function renderCases(run: EvalRun): string {
  const entries = [...listQuestions(run), ...listProfiles(run)];
  const failing = entries.filter((e) => !e.pass).length;
  const sections = LANGUAGES.flatMap((language) => {
    const inLanguage = entries.filter((e) => e.language === language);
    if (inLanguage.length === 0) return [];
    const groups = REPORT_KINDS.flatMap((kind) => {
      const group = inLanguage.filter((e) => e.kind === kind);
      if (group.length === 0) return [];
      const failed = group.filter((e) => !e.pass).length;
      const items = group.map(
        (e) =>
          `<details class="case ${e.pass ? 'pass' : 'fail'}"${e.pass ? '' : ' open'}><summary>${e.summary}</summary>${e.body}</details>`,
      );
      return [`<h4>${escapeHtml(`${language} · ${kind}`)}: ${group.length} cases, ${failed} failing</h4>${items.join('\n')}`];
    });
    return [`<h3>${escapeHtml(language)}</h3>${groups.join('\n')}`];
  });
  return `<h2>Cases (${failing} failing of ${entries.length})</h2>\n${sections.join('\n')}`;
}
