import { h, icon } from './dom.js';
import { examplesIn, suggestFollowups } from './followups.js';
import { labelFor, languageOf, strings, type Strings } from './i18n.js';
import { renderRich } from './render-text.js';
import { citationContext, type SourceContext } from './source-view.js';
import type { Language, Rating, Turn } from './types.js';

export type AssistantTurn = Extract<Turn, { role: 'assistant' }>;
type StaffTurn = Extract<Turn, { role: 'staff' }>;

export interface ViewHooks {
  t: Strings;
  openSource(id: string, ctx: SourceContext, trigger: HTMLElement): void;
  rate(turn: AssistantTurn, rating: Rating, ack: HTMLElement): Promise<boolean>;
  /** Sends the optional reason for a down-vote. */
  explain(turn: AssistantTurn, comment: string, ack: HTMLElement): Promise<boolean>;
  copy(turn: AssistantTurn, ack: HTMLElement): void;
  share(turn: AssistantTurn, ack: HTMLElement): void;
  /** Asks a question in the chat, as if typed. */
  ask(question: string): void;
  /** Opens the hand-off form. */
  handoff(trigger: HTMLElement): void;
  /** The policy's example questions in every language (GET /api/policy). */
  examples(): Promise<string[]>;
}

let formCount = 0;

export function renderUser(text: string, t: Strings): HTMLElement {
  return h('div', { class: 'msg user' }, h('span', { class: 'sr-only' }, `${t.you}: `), text);
}

/** A reply from bureau staff: set apart from the assistant's answers, with its author when given. */
export function renderStaff(turn: StaffTurn, t: Strings): HTMLElement {
  const who = turn.author ? `${t.staff} · ${turn.author}` : t.staff;
  return h('article', { class: 'msg staff', 'data-id': turn.id }, h('p', { class: 'who' }, who, t.colon.trim()), h('p', {}, turn.text));
}

export function renderHandoffSent(t: Strings): HTMLElement {
  return h('p', { class: 'status-line' }, t.handoffSent);
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

/** Completes a bubble with the final text, its sources, notices, next steps and the feedback, copy and share actions. */
export function showAnswer(bubble: HTMLElement, turn: AssistantTurn, hooks: ViewHooks): HTMLElement {
  const { t } = hooks;
  const { citations, notices, refused, related = [] } = turn.answer;
  const lang = answerLanguage(turn);
  const own = strings(lang);
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
  if (related.length) {
    const questions = related.map((r) => own.askTemplate.replace('{label}', labelFor(r.id, lang)).replace('{title}', r.title));
    bubble.append(
      suggestions(
        'related',
        own.nearest,
        lang,
        questions,
        hooks,
        related.map((r) => `${labelFor(r.id, lang)}${own.colon}${r.title}`),
      ),
    );
  }
  if (refused) {
    // The examples a refusal quotes come from the policy's metadata: found there, they become buttons.
    void hooks.examples().then(
      (all) => {
        const found = examplesIn(turn.text, all);
        if (found.length) bubble.querySelector('.actions')?.before(suggestions('examples', own.tryAsking, lang, found, hooks));
      },
      // Without the policy's examples the refusal still reads whole; they just stay text.
      () => undefined,
    );
  }
  const followups = suggestFollowups(turn.answer);
  if (followups.length) bubble.append(suggestions('followups', own.askNext, lang, followups, hooks));
  if (turn.answer.handoff === 'offer' || (refused && related.length)) bubble.append(handoffOffer(hooks));
  bubble.append(actions(turn, hooks, bubble));
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

/** Questions to ask with one click, under a short heading; `labels` shows other text than the question asked. */
function suggestions(
  kind: string,
  heading: string,
  lang: Language,
  questions: string[],
  hooks: Pick<ViewHooks, 'ask'>,
  labels = questions,
): HTMLElement {
  const box = h('div', { class: `suggest ${kind}`, role: 'group', 'aria-label': heading, lang }, h('p', { class: 'label' }, heading));
  questions.forEach((question, i) => {
    const button = h('button', { type: 'button', class: 'follow', title: question }, labels[i]!);
    button.addEventListener('click', () => hooks.ask(question));
    box.append(button);
  });
  return box;
}

function handoffOffer(hooks: Pick<ViewHooks, 't' | 'handoff'>): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'btn handoff-offer', 'aria-haspopup': 'dialog' },
    icon('person'),
    hooks.t.handoffOffer,
  );
  button.addEventListener('click', () => hooks.handoff(button));
  return button;
}

function actions(turn: AssistantTurn, hooks: ViewHooks, bubble: HTMLElement): HTMLElement {
  const { t } = hooks;
  const ack = h('span', { class: 'ack', role: 'status' });
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
  const row = h('div', { class: 'actions' });
  for (const [button, rating] of [
    [up, 'up'],
    [down, 'down'],
  ] as const) {
    button.addEventListener('click', async () => {
      if (!(await hooks.rate(turn, rating, ack))) return;
      up.setAttribute('aria-pressed', String(rating === 'up'));
      down.setAttribute('aria-pressed', String(rating === 'down'));
      bubble.querySelector('.reason')?.remove();
      if (rating === 'down') afterDownVote(turn, hooks, bubble, ack);
    });
  }
  const copy = h('button', { type: 'button', class: 'icon', 'aria-label': t.copy, title: t.copy }, icon('copy'));
  copy.addEventListener('click', () => hooks.copy(turn, ack));
  const share = h('button', { type: 'button', class: 'icon', 'aria-label': t.share, title: t.share }, icon('share'));
  share.addEventListener('click', () => hooks.share(turn, ack));
  row.append(up, down, copy, share, ack);
  return row;
}

/** A down-vote asks for an optional short reason and offers a person. */
function afterDownVote(turn: AssistantTurn, hooks: ViewHooks, bubble: HTMLElement, ack: HTMLElement): void {
  const { t } = hooks;
  const id = `jpa-reason-${++formCount}`;
  const field = h('input', { id, type: 'text', maxlength: '500', autocomplete: 'off' });
  const send = h('button', { type: 'submit', class: 'btn' }, t.sendReason);
  const form = h('form', { class: 'reason' }, h('label', { for: id }, t.reasonLabel), h('div', { class: 'row' }, field, send));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const comment = field.value.trim();
    if (!comment) return;
    send.disabled = true;
    if (await hooks.explain(turn, comment, ack)) form.remove();
    else send.disabled = false;
  });
  const row = bubble.querySelector('.actions')!;
  row.after(form);
  if (!bubble.querySelector('.handoff-offer')) form.after(handoffOffer(hooks));
  field.focus();
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
