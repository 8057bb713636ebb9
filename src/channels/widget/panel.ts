import { h, icon } from './dom.js';
import type { Strings } from './i18n.js';
import { CSS } from './styles.js';

export interface PanelParts {
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  log: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  subtitle: HTMLElement;
  company: HTMLButtonElement;
  history: HTMLButtonElement;
  language: HTMLButtonElement;
  newChat: HTMLButtonElement;
  close: HTMLButtonElement;
  sheet: HTMLElement;
  handoffSheet: HTMLElement;
  historySheet: HTMLElement;
  drawer: HTMLElement;
}

/** The static frame of the widget inside its shadow root; the controller fills it. */
export function buildPanel(root: ShadowRoot, t: Strings, title: string): PanelParts {
  const launcher = h(
    'button',
    { type: 'button', class: 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'jpa-panel' },
    icon('chat'),
    t.open,
  );
  const company = h(
    'button',
    { type: 'button', class: 'icon', 'aria-label': t.company, title: t.company, 'aria-haspopup': 'dialog' },
    icon('company'),
  );
  const history = h(
    'button',
    { type: 'button', class: 'icon', 'aria-label': t.history, title: t.history, 'aria-haspopup': 'dialog' },
    icon('history'),
  );
  // Named in the language it switches to, so a person who cannot read the current one still finds it.
  const language = h(
    'button',
    {
      type: 'button',
      class: 'icon lang',
      'aria-label': t.switchLangName,
      title: t.switchLangName,
      lang: t.switchLang === 'EN' ? 'en' : 'zh',
    },
    t.switchLang,
  );
  const newChat = h('button', { type: 'button', class: 'icon', 'aria-label': t.newChat, title: t.newChat }, icon('plus'));
  const close = h('button', { type: 'button', class: 'icon', 'aria-label': t.close, title: t.close }, icon('close'));
  const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.conversation, tabindex: '0' });
  const input = h('textarea', { id: 'jpa-input', rows: '1', maxlength: '2000', placeholder: t.placeholder, autocomplete: 'off' });
  const send = h('button', { type: 'submit', class: 'send', 'aria-label': t.send, title: t.send }, icon('send'));
  const form = h('form', {}, h('label', { for: 'jpa-input', class: 'sr-only' }, t.input), input, send);
  const sheet = h('div', { class: 'drawer', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'jpa-company-title', hidden: true });
  const dialog = (labelledby: string) =>
    h('div', { class: 'drawer', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelledby, hidden: true });
  const handoffSheet = dialog('jpa-handoff-title');
  const historySheet = dialog('jpa-history-title');
  const drawer = h('div', { class: 'drawer', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'jpa-drawer-title', hidden: true });
  const subtitle = h('p', { class: 'sub' });
  const panel = h(
    'section',
    { id: 'jpa-panel', class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'jpa-title', hidden: true },
    h('header', {}, h('div', {}, h('h2', { id: 'jpa-title' }, title), subtitle), company, history, language, newChat, close),
    log,
    form,
    sheet,
    handoffSheet,
    historySheet,
    drawer,
  );
  const frame = h('div', { class: 'root' }, launcher, panel);
  root.append(h('style', {}, CSS), frame);
  return {
    launcher,
    panel,
    log,
    form,
    input,
    send,
    subtitle,
    company,
    history,
    language,
    newChat,
    close,
    sheet,
    handoffSheet,
    historySheet,
    drawer,
  };
}

/** Keeps Tab and Shift+Tab inside `container` while it is open. */
export function trapTab(event: KeyboardEvent, container: HTMLElement, root: ShadowRoot): void {
  const focusable = [...container.querySelectorAll<HTMLElement>('button:not([disabled]),textarea,input,[href],[tabindex="0"]')].filter(
    (el) => el.getClientRects().length > 0 && !el.closest('[hidden]'),
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  const active = root.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}
