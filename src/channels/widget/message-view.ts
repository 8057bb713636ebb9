import { h, icon } from './dom.js';
import type { Strings } from './i18n.js';
import { renderRich } from './render-text.js';
import type { Rating, Turn } from './types.js';

type AssistantTurn = Extract<Turn, { role: 'assistant' }>;

export interface ViewHooks {
  t: Strings;
  label(id: string): string;
  openSource(id: string, trigger: HTMLElement): void;
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
  bubble.querySelector('.body')!.replaceChildren(renderRich(text, (id) => chip(id, hooks)));
}

/** Completes a bubble with the final text, its sources, notices and the feedback and copy actions. */
export function showAnswer(bubble: HTMLElement, turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  const { t } = hooks;
  showPartial(bubble, turn.text, hooks);
  const { citations, notices } = turn.answer;
  if (citations.length) {
    const sources = h('p', { class: 'sources' }, `${t.sources}: `);
    for (const c of citations) sources.append(chip(c.id, hooks, c.title));
    bubble.append(sources);
  }
  for (const notice of notices) bubble.append(h('p', { class: 'notice', role: 'note' }, notice.text));
  bubble.append(actions(turn, hooks));
  bubble.removeAttribute('aria-busy');
  return bubble;
}

export function renderAnswer(turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  return showAnswer(renderPending(hooks.t), turn, hooks);
}

function chip(rawId: string, hooks: ViewHooks, title?: string): HTMLElement {
  const id = rawId.replace(/[^:]+$/, (local) => local.toUpperCase());
  const text = title ? `${hooks.label(id)}: ${title}` : hooks.label(id);
  const button = h('button', { type: 'button', class: 'chip', 'aria-haspopup': 'dialog', 'data-id': id }, text);
  button.addEventListener('click', () => hooks.openSource(id, button));
  return button;
}

function actions(turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  const { t } = hooks;
  const ack = h('span', { class: 'ack' });
  const rateButton = (rating: Rating) =>
    h('button', { type: 'button', class: 'icon', 'aria-label': rating === 'up' ? t.helpful : t.unhelpful, title: rating === 'up' ? t.helpful : t.unhelpful, 'aria-pressed': String(turn.rating === rating), 'data-rating': rating }, icon(rating));
  const up = rateButton('up');
  const down = rateButton('down');
  for (const [button, rating] of [[up, 'up'], [down, 'down']] as const) {
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
