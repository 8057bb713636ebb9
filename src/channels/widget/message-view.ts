import { h, icon } from './dom.js';
import { labelFor, languageOf, strings, type Strings } from './i18n.js';
import { renderRich } from './render-text.js';
import { citationContext, type SourceContext } from './source-view.js';
import type { Language, Rating, Turn } from './types.js';

type AssistantTurn = Extract<Turn, { role: 'assistant' }>;

export interface ViewHooks {
  t: Strings;
  openSource(id: string, ctx: SourceContext, trigger: HTMLElement): void;
  rate(turn: AssistantTurn, rating: Rating, ack: HTMLElement): Promise<boolean>;
  copy(turn: AssistantTurn, ack: HTMLElement): void;
}

export function renderUser(text: string, t: Strings): HTMLElement {
  return h('div', { class: 'msg user' }, h('span', { class: 'sr-only' }, `${t.you}: `), text);
}

/** An answer bubble still being streamed: aria-busy keeps screen readers from reading every word. */
export function renderPending(t: Strings): HTMLElement {
  return h(
    'article',
    { class: 'msg bot', 'aria-busy': 'true' },
    h('span', { class: 'sr-only' }, `${t.assistant}: `),
    h('div', { class: 'body' }, h('p', { class: 'dots' }, t.thinking)),
  );
}

export function showPartial(bubble: HTMLElement, text: string, hooks: ViewHooks): void {
  const lang = languageOf(text);
  bubble.querySelector('.body')!.replaceChildren(renderRich(text, (id) => chip(id, lang, hooks, { lang, known: {} })));
}

/** The answer's language decides its chips ("措施10" / "Measure 10"), whatever the widget's own language. */
export function answerLanguage(turn: AssistantTurn): Language {
  return turn.answer.language ?? languageOf(turn.text);
}

/** Completes a bubble with the final text, its sources, notices and the feedback and copy actions. */
export function showAnswer(bubble: HTMLElement, turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  const { t } = hooks;
  const { citations, notices } = turn.answer;
  const lang = answerLanguage(turn);
  const notice = notices.find((n) => n.kind === 'translation')?.text;
  const context = (id: string): SourceContext => {
    const citation = citations.find((c) => c.id === id);
    return citation ? citationContext(citation, lang, notice) : { lang, known: {}, notice };
  };
  const body = bubble.querySelector('.body')!;
  body.setAttribute('lang', lang);
  body.replaceChildren(renderRich(turn.text, (id) => chip(id, lang, hooks, context(id))));
  if (citations.length) {
    const sources = h('p', { class: 'sources' }, t.sources + t.colon);
    for (const c of citations) sources.append(chip(c.id, lang, hooks, context(c.id), c.title));
    bubble.append(sources);
  }
  for (const n of notices) bubble.append(h('p', { class: 'notice', role: 'note', 'data-kind': n.kind }, n.text));
  bubble.append(actions(turn, hooks));
  bubble.removeAttribute('aria-busy');
  return bubble;
}

export function renderAnswer(turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  return showAnswer(renderPending(hooks.t), turn, hooks);
}

/** A button that opens a cited section in the source drawer. */
export function chip(id: string, lang: Language, hooks: Pick<ViewHooks, 'openSource'>, ctx: SourceContext, title?: string): HTMLElement {
  const label = labelFor(id, lang);
  const button = h(
    'button',
    { type: 'button', class: 'chip', 'aria-haspopup': 'dialog', 'data-id': id },
    title ? label + strings(lang).colon + title : label,
  );
  button.addEventListener('click', () => hooks.openSource(id, ctx, button));
  return button;
}

function actions(turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  const { t } = hooks;
  const ack = h('span', { class: 'ack' });
  const rateButton = (rating: Rating) =>
    h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'aria-label': rating === 'up' ? t.helpful : t.unhelpful,
        title: rating === 'up' ? t.helpful : t.unhelpful,
        'aria-pressed': String(turn.rating === rating),
        'data-rating': rating,
      },
      icon(rating),
    );
  const up = rateButton('up');
  const down = rateButton('down');
  for (const [button, rating] of [
    [up, 'up'],
    [down, 'down'],
  ] as const) {
    button.addEventListener('click', async () => {
      if (await hooks.rate(turn, rating, ack)) {
        up.setAttribute('aria-pressed', String(rating === 'up'));
        down.setAttribute('aria-pressed', String(rating === 'down'));
      }
    });
  }
  const copy = h('button', { type: 'button', class: 'icon', 'aria-label': t.copy, title: t.copy }, icon('copy'));
  copy.addEventListener('click', () => hooks.copy(turn, ack));
  return h('div', { class: 'actions' }, up, down, copy, ack);
}

export function renderError(message: string, t: Strings, retry: (() => void) | null): HTMLElement {
  const box = h('div', { class: 'msg error', role: 'alert' }, h('p', {}, message));
  if (retry) {
    const button = h('button', { type: 'button', class: 'btn' }, t.retry);
    button.addEventListener('click', retry);
    box.append(button);
  }
  return box;
}
