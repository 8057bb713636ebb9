import { ApiFailure, streamChat } from './api.js';
import { h } from './dom.js';
import { createDrawer } from './drawer.js';
import { labelFor, STARTERS, strings, type Strings } from './i18n.js';
import { renderAnswer, renderError, renderPending, renderUser, showAnswer, showPartial } from './message-view.js';
import { buildPanel, trapTab } from './panel.js';
import { createSession } from './session.js';
import type { Turn, WidgetOptions } from './types.js';
import { viewHooks } from './view-hooks.js';

const HOST_TAG = 'jingan-policy-assistant';

export function mountWidget(options: WidgetOptions): void {
  if (document.querySelector(HOST_TAG)) return;
  const t = strings(options.lang);
  const host = document.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const ui = buildPanel(root, t, options.title ?? t.title);
  document.body.append(host);

  const session = createSession(options.api);
  const state = session.load();
  const label = (id: string) => labelFor(id, t);
  const drawer = createDrawer(ui.drawer, options.api, t, label);
  const hooks = viewHooks({ api: options.api, t, label, root, drawer, persist: () => session.save(state) });
  let busy = false;

  const scrollDown = () => {
    ui.log.scrollTop = ui.log.scrollHeight;
  };
  const setBusy = (value: boolean) => {
    busy = value;
    ui.send.disabled = value;
    ui.newChat.disabled = value;
  };

  const renderAll = () => {
    ui.log.replaceChildren();
    if (!state.turns.length) ui.log.append(starters(t, (q) => void ask(q)));
    for (const turn of state.turns) ui.log.append(turn.role === 'user' ? renderUser(turn.text, t) : renderAnswer(turn, hooks));
  };

  const ask = async (question: string) => {
    if (busy) return;
    setBusy(true);
    ui.log.querySelector('.starters-box')?.remove();
    const asked = renderUser(question, t);
    const bubble = renderPending(t);
    ui.log.append(asked, bubble);
    scrollDown();
    let text = '';
    try {
      const answer = await streamChat(options.api, {
        message: question,
        conversationId: state.conversationId,
        onDelta: (piece) => {
          text += piece;
          showPartial(bubble, text, hooks);
          scrollDown();
        },
      });
      const turn: Turn = { role: 'assistant', text: answer.answer, answer };
      state.conversationId = answer.conversationId;
      state.turns.push({ role: 'user', text: question }, turn);
      session.save(state);
      showAnswer(bubble, turn, hooks);
    } catch (error) {
      bubble.remove();
      const failure = error instanceof ApiFailure ? error : new ApiFailure('unreachable');
      const retry = () => {
        box.remove();
        asked.remove();
        ui.input.focus();
        void ask(question);
      };
      const box = renderError(failure.kind === 'rejected' ? failure.detail ?? t.server : t[failure.kind], t, failure.kind === 'rejected' ? null : retry);
      ui.log.append(box);
    } finally {
      setBusy(false);
      scrollDown();
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
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    state.open = open;
    session.save(state);
    if (open) scrollDown();
    if (moveFocus) (open ? ui.input : ui.launcher).focus();
  };

  ui.launcher.addEventListener('click', () => setOpen(true));
  ui.close.addEventListener('click', () => setOpen(false));
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
      else setOpen(false);
    } else if (event.key === 'Tab') {
      trapTab(event, drawer.isOpen() ? ui.drawer : ui.panel, root);
    }
  });

  renderAll();
  // Opening on load must not pull focus away from the host page.
  if (state.open || options.open) setOpen(true, false);
}

function starters(t: Strings, ask: (question: string) => void): HTMLElement {
  const list = h('ul', { class: 'starters' });
  for (const question of STARTERS) {
    const button = h('button', { type: 'button' }, question);
    button.addEventListener('click', () => ask(question));
    list.append(h('li', {}, button));
  }
  return h('div', { class: 'starters-box' }, h('p', { class: 'intro' }, t.intro), h('p', { class: 'intro' }, t.try), list);
}
