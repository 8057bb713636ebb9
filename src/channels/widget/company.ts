import { ApiFailure, matchCompany } from './api.js';
import { h, icon } from './dom.js';
import { labelFor, needLabel, NEEDS, strings, type Strings } from './i18n.js';
import { chip, renderError, type ViewHooks } from './message-view.js';
import { copyText, shareOrCopy } from './share.js';
import type { MatchResult } from './types.js';

const MATCH_LIMIT = 10;

interface CompanyDeps {
  sheet: HTMLElement;
  api: string;
  t: Strings;
  hooks: Pick<ViewHooks, 'openSource'>;
  root: ShadowRoot;
  /** Asks a question in the chat (the sheet closes first). */
  ask: (question: string) => void;
}

/** "What applies to my company?": a description and needs in, matching measures out as cards. */
export function createCompanyCheck({ sheet, api, t, hooks, root, ask }: CompanyDeps) {
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
      shareRow(matchListText({ matches, language, notices }, profile.value.trim(), t)),
    );
  };

  const shareRow = (text: string) => {
    const ack = h('span', { class: 'ack', role: 'status' });
    const share = h('button', { type: 'button', class: 'btn' }, icon('share'), t.shareList);
    const copy = h('button', { type: 'button', class: 'btn' }, icon('copy'), t.copyList);
    share.addEventListener('click', async () => {
      const outcome = await shareOrCopy(text, t.matches, root);
      ack.textContent = { shared: t.shared, copied: t.listCopied, cancelled: '', failed: t.copyFailed }[outcome];
    });
    copy.addEventListener('click', async () => {
      ack.textContent = (await copyText(text, root)) ? t.listCopied : t.copyFailed;
    });
    return h('div', { class: 'row share' }, share, copy, ack);
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

/** The match list as plain text to share or paste: the company as described, then each measure with its reason. */
export function matchListText({ matches, language }: MatchResult, profile: string, t: Strings): string {
  const own = strings(language);
  const lines = [`${t.matches}${t.colon}${profile}`, ''];
  for (const m of matches) {
    lines.push(`- ${labelFor(m.id, language)}${own.colon}${m.title}`, `  ${m.reason.quote}`);
    if (m.departments.length) lines.push(`  ${t.departments}${t.colon}${m.departments.join(' / ')}`);
  }
  return lines.join('\n');
}
