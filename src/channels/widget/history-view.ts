import { h, icon } from './dom.js';
import type { Conversation, History } from './history.js';
import type { Strings } from './i18n.js';
import type { Language } from './types.js';

interface HistoryDeps {
  sheet: HTMLElement;
  history: History;
  t: Strings;
  lang: Language;
  current: () => Conversation;
  /** Shows a saved conversation in the chat. */
  reopen: (conversation: Conversation) => void;
  /** Everything on the device is gone: start afresh. */
  cleared: () => void;
}

/** "Recent conversations": the ones kept on this device, to reopen, and one action to clear them all. */
export function createHistoryView({ sheet, history, t, lang, current, reopen, cleared }: HistoryDeps) {
  const closeButton = h('button', { type: 'button', class: 'icon', 'aria-label': t.closeHistory, title: t.closeHistory }, icon('close'));
  const heading = h('h3', { id: 'jpa-history-title' }, t.history);
  const list = h('ul', { class: 'history' });
  const clear = h('button', { type: 'button', class: 'btn' }, t.clearHistory);
  const status = h('p', { class: 'intro', role: 'status' });
  sheet.append(
    h('header', {}, h('div', {}, heading), closeButton),
    h('div', { class: 'content' }, h('p', { class: 'intro' }, t.historyNote), list, h('div', { class: 'row' }, clear), status),
  );
  let trigger: HTMLElement | null = null;
  const when = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const close = () => {
    sheet.hidden = true;
    trigger?.focus();
    trigger = null;
  };
  closeButton.addEventListener('click', close);

  const paint = () => {
    const saved = history.list();
    const shown = current().key;
    list.replaceChildren(
      ...saved.map((c) => {
        const button = h(
          'button',
          { type: 'button', ...(c.key === shown ? { 'aria-current': 'true' } : {}) },
          h('span', { class: 'title' }, c.title),
          h('span', { class: 'meta' }, when.format(c.updated), c.key === shown ? ` · ${t.current}` : ''),
        );
        button.addEventListener('click', () => {
          trigger = null;
          sheet.hidden = true;
          reopen(c);
        });
        return h('li', {}, button);
      }),
    );
    if (!saved.length) list.append(h('li', { class: 'empty' }, t.historyEmpty));
    clear.disabled = !saved.length;
  };

  clear.addEventListener('click', () => {
    history.clear();
    cleared();
    paint();
    status.textContent = t.historyCleared;
    closeButton.focus();
  });

  const open = (from: HTMLElement) => {
    trigger = from;
    status.textContent = '';
    paint();
    sheet.hidden = false;
    (list.querySelector<HTMLElement>('button') ?? closeButton).focus();
  };

  return { open, close, isOpen: () => !sheet.hidden };
}
