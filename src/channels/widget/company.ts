import { ApiFailure, matchCompany } from './api.js';
import { h, icon } from './dom.js';
import { labelFor, needLabel, NEEDS, strings, type Strings } from './i18n.js';
import { chip, renderError, type ViewHooks } from './message-view.js';
import type { MatchResult } from './types.js';

const MATCH_LIMIT = 10;

interface CompanyDeps {
  sheet: HTMLElement;
  api: string;
  t: Strings;
  hooks: Pick<ViewHooks, 'openSource'>;
  /** Asks a question in the chat (the sheet closes first). */
  ask: (question: string) => void;
}

/** "What applies to my company?": a description and needs in, matching measures out as cards. */
export function createCompanyCheck({ sheet, api, t, hooks, ask }: CompanyDeps) {
  const closeButton = h('button', { type: 'button', class: 'icon', 'aria-label': t.closeCompany, title: t.closeCompany }, icon('close'));
  const profile = h('textarea', { id: 'jpa-profile', rows: '3', maxlength: '2000', required: true, placeholder: t.describeHint });
  const needs = NEEDS.map((need) => h('input', { type: 'checkbox', value: need }));
  const submit = h('button', { type: 'submit', class: 'btn primary' }, t.find);
  const form = h(
    'form',
    { class: 'company-form' },
    h('label', { for: 'jpa-profile' }, t.describe),
    profile,
    h('fieldset', {}, h('legend', {}, t.needsLegend), ...needs.map((box) => h('label', {}, box, needLabel(t, box.value)))),
    submit,
  );
  const status = h('p', { class: 'sr-only', role: 'status' });
  const results = h('div', { class: 'results' });
  sheet.append(
    h('header', {}, h('div', {}, h('h3', { id: 'jpa-company-title' }, t.company)), closeButton),
    h('div', { class: 'content' }, form, status, results),
  );
  let trigger: HTMLElement | null = null;

  const close = () => {
    sheet.hidden = true;
    trigger?.focus();
    trigger = null;
  };
  closeButton.addEventListener('click', close);

  const run = async () => {
    submit.disabled = true;
    status.textContent = t.loading;
    results.replaceChildren(h('p', { class: 'dots' }, t.loading));
    const chosen = needs.filter((box) => box.checked).map((box) => box.value);
    try {
      const found = await matchCompany(api, {
        profile: profile.value.trim(),
        ...(chosen.length ? { needs: chosen } : {}),
        limit: MATCH_LIMIT,
      });
      showMatches(found);
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure('server');
      status.textContent = '';
      const message = failure.kind === 'rejected' ? (failure.detail ?? t.server) : t[failure.kind];
      results.replaceChildren(renderError(message, t, failure.kind === 'rejected' ? null : () => void run()));
    } finally {
      submit.disabled = false;
    }
    // The results replace whatever had focus (Retry, an earlier card): land on them instead.
    (results.querySelector<HTMLElement>('h4, .empty, .error button') ?? submit).focus();
  };

  const showMatches = ({ matches, language, notices }: MatchResult) => {
    const notice = notices.find((n) => n.kind === 'translation')?.text;
    if (!matches.length) {
      status.textContent = t.noMatch;
      results.replaceChildren(h('p', { class: 'empty', tabindex: '-1' }, t.noMatch));
      return;
    }
    status.textContent = `${t.matches}: ${matches.length}`;
    const heading = h('h4', { tabindex: '-1' }, t.matches);
    const cards = matches.map((m) => {
      const label = labelFor(m.id, language);
      const askButton = h('button', { type: 'button', class: 'btn' }, t.askAbout);
      askButton.addEventListener('click', () => {
        close();
        ask(strings(language).askTemplate.replace('{label}', label).replace('{title}', m.title));
      });
      const known = { [language]: { title: m.title, quote: m.reason.quote, departments: m.departments } };
      return h(
        'li',
        { class: 'card' },
        h('h5', { lang: language }, chip(m.id, language, hooks, { lang: language, known, notice }), ' ', m.title),
        h('blockquote', { lang: language }, m.reason.quote),
        h(
          'p',
          { class: 'meta' },
          `${t.need}${t.colon}${needLabel(t, m.reason.need)}`,
          m.departments.length ? ` · ${m.departments.join(' / ')}` : '',
        ),
        askButton,
      );
    });
    results.replaceChildren(
      heading,
      h('ul', { class: 'cards' }, ...cards),
      ...notices.map((n) => h('p', { class: 'notice', role: 'note' }, n.text)),
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (profile.value.trim()) void run();
  });

  const open = (from: HTMLElement) => {
    trigger = from;
    sheet.hidden = false;
    profile.focus();
  };

  return { open, close, isOpen: () => !sheet.hidden };
}
