import { ApiFailure, streamChat } from './api.js';
import { createCompanyCheck } from './company.js';
import { h, scrollWithin } from './dom.js';
import { createDrawer } from './drawer.js';
import { createHandoff, createStaffPoller } from './handoff.js';
import { type Conversation, createHistory, newConversation } from './history.js';
import { createHistoryView } from './history-view.js';
import { strings } from './i18n.js';
import {
  type AssistantTurn,
  renderAnswer,
  renderError,
  renderHandoffSent,
  renderPending,
  renderStaff,
  renderUser,
  showAnswer,
  showPartial,
} from './message-view.js';
import { buildPanel, trapTab } from './panel.js';
import type { Language, Turn, WidgetOptions } from './types.js';
import { viewHooks } from './view-hooks.js';
import { describePolicy, policySource, renderWelcome } from './welcome.js';

const HOST_TAG = 'jingan-policy-assistant';

export function mountWidget(options: WidgetOptions): void {
  if (document.querySelector(HOST_TAG)) return;
  const { api } = options;
  const history = createHistory(api);
  // A person's own choice (the 中文 / EN switch) outranks the portal's data-lang.
  const lang = history.language() ?? options.lang;
  const t = strings(lang);
  const host = document.createElement(HOST_TAG);
  // The host page may be in another language: screen readers read the widget in its own.
  host.setAttribute('lang', lang);
  const root = host.attachShadow({ mode: 'open' });
  const ui = buildPanel(root, t, options.title ?? t.title);
  document.body.append(host);

  const loaded = history.load();
  let current: Conversation = loaded.conversation;
  const policy = policySource(api);
  const drawer = createDrawer(ui.drawer, api, t);
  const save = () => history.save(current);
  const hooks = viewHooks({
    api,
    t,
    root,
    drawer,
    persist: save,
    ask: (q) => void ask(q),
    handoff: (trigger) => handoff.open(trigger),
    examples: () => policy().then((docs) => docs.flatMap((d) => Object.values(d.examples).flat())),
  });
  const company = createCompanyCheck({ sheet: ui.sheet, api, t, hooks, root, ask: (q) => void ask(q) });
  const poller = createStaffPoller({
    api,
    visible: () => !ui.panel.hidden && document.visibilityState === 'visible',
    conversation: () => current,
    received: (conversation, staff) => {
      const known = new Set(conversation.turns.map((turn) => (turn.role === 'staff' ? turn.id : '')));
      const fresh = staff
        .filter((m) => !known.has(m.id))
        .map((m): Turn => ({ role: 'staff', id: m.id, text: m.text, ...(m.author ? { author: m.author } : {}) }));
      conversation.turns.push(...fresh);
      history.save(conversation);
      if (conversation !== current || !fresh.length) return;
      ui.log.append(...fresh.map(renderTurn));
      reveal(ui.log.lastElementChild);
    },
  });
  const handoff = createHandoff({
    sheet: ui.handoffSheet,
    api,
    t,
    conversation: () => current,
    opened: (handoffId) => {
      const lastAnswer = current.turns.filter((turn): turn is AssistantTurn => turn.role === 'assistant').pop();
      current.handoff = { id: handoffId, after: lastAnswer?.answer.messageId };
      current.turns.push({ role: 'handoff', handoffId });
      save();
      ui.log.append(renderHandoffSent(t));
      reveal(ui.log.lastElementChild);
      poller.update();
    },
  });
  const recent = createHistoryView({
    sheet: ui.historySheet,
    history,
    t,
    lang,
    current: () => current,
    reopen: (conversation) => show(conversation),
    cleared: () => show(newConversation()),
  });
  const sheets = [
    { ...drawer, el: ui.drawer },
    { ...company, el: ui.sheet },
    { ...handoff, el: ui.handoffSheet },
    { ...recent, el: ui.historySheet },
  ];
  const openSheet = () => sheets.find((s) => s.isOpen());
  let busy = false;

  // Follows a growing answer down, but never past its first line: long answers are read from the top.
  const reveal = (el: Element | null) => {
    if (el instanceof HTMLElement) scrollWithin(ui.log, el);
  };
  const setBusy = (value: boolean) => {
    busy = value;
    ui.send.disabled = value;
    ui.newChat.disabled = value;
    ui.history.disabled = value;
  };

  const renderTurn = (turn: Turn): HTMLElement => {
    if (turn.role === 'user') return renderUser(turn.text, t);
    if (turn.role === 'staff') return renderStaff(turn, t);
    if (turn.role === 'handoff') return renderHandoffSent(t);
    return renderAnswer(turn, hooks);
  };

  const renderAll = () => {
    ui.log.replaceChildren();
    if (!current.turns.length) {
      const entry = h('button', { type: 'button', class: 'btn entry', 'aria-haspopup': 'dialog' }, t.company);
      entry.addEventListener('click', () => company.open(entry));
      ui.log.append(renderWelcome(t, policy(), lang, (q) => void ask(q), entry));
    }
    for (const turn of current.turns) ui.log.append(renderTurn(turn));
  };

  /** Shows another conversation (reopened from history, or a new one) and saves it as the current one. */
  const show = (conversation: Conversation) => {
    current = conversation;
    save();
    renderAll();
    reveal(ui.log.querySelector('article.bot:last-of-type'));
    poller.update(true);
    ui.input.focus();
  };

  const ask = async (question: string) => {
    if (busy) return;
    setBusy(true);
    ui.log.querySelector('.starters-box')?.remove();
    const asked = renderUser(question, t);
    const bubble = renderPending(t);
    ui.log.append(asked, bubble);
    reveal(bubble);
    const conversation = current;
    let text = '';
    try {
      const answer = await streamChat(api, {
        message: question,
        conversationId: conversation.conversationId,
        onDelta: (piece) => {
          text += piece;
          showPartial(bubble, text, hooks);
          reveal(bubble);
        },
      });
      const turn: AssistantTurn = { role: 'assistant', text: answer.answer, answer };
      conversation.conversationId = answer.conversationId;
      conversation.turns.push({ role: 'user', text: question }, turn);
      history.save(conversation);
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
    if (!open) for (const sheet of sheets) if (sheet.isOpen()) sheet.close();
    ui.panel.hidden = !open;
    ui.launcher.hidden = open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    history.saveOpen(open);
    poller.update(open);
    if (open) {
      reveal(ui.log.querySelector('article.bot:last-of-type'));
      policy().then(
        (docs) => (ui.subtitle.textContent = ui.subtitle.title = describePolicy(docs, lang)),
        () => undefined,
      );
    }
    if (moveFocus) (open ? ui.input : ui.launcher).focus();
  };

  const onVisibility = () => poller.update(true);
  document.addEventListener('visibilitychange', onVisibility);

  /** The interface in the other language: the widget is built again around the same conversation. */
  const switchLanguage = (to: Language) => {
    poller.stop();
    document.removeEventListener('visibilitychange', onVisibility);
    history.saveLanguage(to);
    host.remove();
    mountWidget({ ...options, lang: to, open: true, focus: 'language' });
  };

  ui.launcher.addEventListener('click', () => setOpen(true));
  ui.close.addEventListener('click', () => setOpen(false));
  ui.company.addEventListener('click', () => company.open(ui.company));
  ui.history.addEventListener('click', () => recent.open(ui.history));
  ui.language.addEventListener('click', () => switchLanguage(lang === 'zh' ? 'en' : 'zh'));
  ui.newChat.addEventListener('click', () => show(newConversation()));
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
      const sheet = openSheet();
      if (sheet) sheet.close();
      else setOpen(false);
    } else if (event.key === 'Tab') {
      trapTab(event, openSheet()?.el ?? ui.panel, root);
    }
  });

  renderAll();
  // Opening on load must not pull focus away from the host page.
  if (loaded.open || options.open) setOpen(true, false);
  if (options.focus === 'language') ui.language.focus();
}
