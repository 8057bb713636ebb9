import { ApiFailure, streamChat } from './api.js';
import { h, scrollWithin } from './dom.js';
import { createCompanyCheck } from './company.js';
import { createDrawer } from './drawer.js';
import { strings } from './i18n.js';
import { renderAnswer, renderError, renderPending, renderUser, showAnswer, showPartial } from './message-view.js';
import { buildPanel, trapTab } from './panel.js';
import { createSession } from './session.js';
import type { Turn, WidgetOptions } from './types.js';
import { viewHooks } from './view-hooks.js';
import { describePolicy, policySource, renderWelcome } from './welcome.js';

const HOST_TAG = 'jingan-policy-assistant';

export function mountWidget(options: WidgetOptions): void {
  if (document.querySelector(HOST_TAG)) return;
  const { api, lang } = options;
  const t = strings(lang);
  const host = document.createElement(HOST_TAG);
  // The host page may be in another language: screen readers read the widget in its own.
  host.setAttribute('lang', lang);
  const root = host.attachShadow({ mode: 'open' });
  const ui = buildPanel(root, t, options.title ?? t.title);
  document.body.append(host);

  const session = createSession(api);
  const state = session.load();
  const policy = policySource(api);
  const drawer = createDrawer(ui.drawer, api, t);
  const hooks = viewHooks({ api, t, root, drawer, persist: () => session.save(state) });
  const company = createCompanyCheck({ sheet: ui.sheet, api, t, hooks, ask: (q) => void ask(q) });
  let busy = false;

  // Follows a growing answer down, but never past its first line: long answers are read from the top.
  const reveal = (el: Element | null) => {
    if (el instanceof HTMLElement) scrollWithin(ui.log, el);
  };
  const setBusy = (value: boolean) => {
    busy = value;
    ui.send.disabled = value;
    ui.newChat.disabled = value;
  };

  const renderAll = () => {
    ui.log.replaceChildren();
    if (!state.turns.length) {
      const entry = h('button', { type: 'button', class: 'btn entry', 'aria-haspopup': 'dialog' }, t.company);
      entry.addEventListener('click', () => company.open(entry));
      ui.log.append(renderWelcome(t, policy(), lang, (q) => void ask(q), entry));
    }
    for (const turn of state.turns) ui.log.append(turn.role === 'user' ? renderUser(turn.text, t) : renderAnswer(turn, hooks));
  };

  const ask = async (question: string) => {
    if (busy) return;
    setBusy(true);
    ui.log.querySelector('.starters-box')?.remove();
    const asked = renderUser(question, t);
    const bubble = renderPending(t);
    ui.log.append(asked, bubble);
    reveal(bubble);
    let text = '';
    try {
      const answer = await streamChat(api, {
        message: question,
        conversationId: state.conversationId,
        onDelta: (piece) => {
          text += piece;
          showPartial(bubble, text, hooks);
          reveal(bubble);
        },
      });
      const turn: Turn = { role: 'assistant', text: answer.answer, answer };
      state.conversationId = answer.conversationId;
      state.turns.push({ role: 'user', text: question }, turn);
      session.save(state);
      showAnswer(bubble, turn, hooks);
      reveal(bubble);
    } catch (error) {
      bubble.remove();
      const failure = error instanceof ApiFailure ? error : new ApiFailure('unreachable');
      const retry = () => {
        box.remove();
        asked.remove();
        ui.input.focus();
        void ask(question);
      };
      const box = renderError(
        failure.kind === 'rejected' ? (failure.detail ?? t.server) : t[failure.kind],
        t,
        failure.kind === 'rejected' ? null : retry,
      );
      ui.log.append(box);
      reveal(box);
    } finally {
      setBusy(false);
    }
  };

  const submit = () => {
    const question = ui.input.value.trim();
    if (!question || busy) return;
    ui.input.value = '';
    void ask(question);
  };

  const setOpen = (open: boolean, moveFocus = true) => {
    if (!open && drawer.isOpen()) drawer.close();
    if (!open && company.isOpen()) company.close();
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    state.open = open;
    session.save(state);
    if (open) {
      reveal(ui.log.querySelector('article.bot:last-of-type'));
      policy().then(
        (docs) => (ui.subtitle.textContent = ui.subtitle.title = describePolicy(docs, lang)),
        () => undefined,
      );
    }
    if (moveFocus) (open ? ui.input : ui.launcher).focus();
  };

  ui.launcher.addEventListener('click', () => setOpen(true));
  ui.close.addEventListener('click', () => setOpen(false));
  ui.company.addEventListener('click', () => company.open(ui.company));
  ui.newChat.addEventListener('click', () => {
    state.turns = [];
    delete state.conversationId;
    session.save(state);
    renderAll();
    ui.input.focus();
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  ui.input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  ui.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (drawer.isOpen()) drawer.close();
      else if (company.isOpen()) company.close();
      else setOpen(false);
    } else if (event.key === 'Tab') {
      trapTab(event, drawer.isOpen() ? ui.drawer : company.isOpen() ? ui.sheet : ui.panel, root);
    }
  });

  renderAll();
  // Opening on load must not pull focus away from the host page.
  if (state.open || options.open) setOpen(true, false);
}
