import { ApiFailure, getMessages, requestHandoff } from './api.js';
import { h, icon } from './dom.js';
import type { Conversation } from './history.js';
import type { Strings } from './i18n.js';
import { renderContact } from './contact-card.js';
import type { Contact, ConversationMessage } from './types.js';

/** How often the open panel asks for staff replies (the contract offers polling; a reply shows within ~2 s). */
export const POLL_INTERVAL_MS = 2_000;

/** Shanghai's citizen service hotline, offered whenever staff cannot be reached through the assistant. */
const HOTLINE = '12345';

interface HandoffDeps {
  sheet: HTMLElement;
  api: string;
  t: Strings;
  conversation: () => Conversation;
  /** The hand-off was accepted (202): the conversation now waits for staff. */
  opened: (handoffId: string) => void;
}

/** The hand-off sheet: an optional contact and note, what happens next, then POST /api/handoff. */
export function createHandoff({ sheet, api, t, conversation, opened }: HandoffDeps) {
  const closeButton = h('button', { type: 'button', class: 'icon', 'aria-label': t.closeHandoff, title: t.closeHandoff }, icon('close'));
  const content = h('div', { class: 'content' });
  sheet.append(h('header', {}, h('div', {}, h('h3', { id: 'jpa-handoff-title', tabindex: '-1' }, t.handoffTitle)), closeButton), content);
  let trigger: HTMLElement | null = null;

  const close = () => {
    sheet.hidden = true;
    trigger?.focus();
    trigger = null;
  };
  closeButton.addEventListener('click', close);

  const showForm = () => {
    const contact = h('input', { id: 'jpa-contact', type: 'text', maxlength: '200', autocomplete: 'tel' });
    const note = h('textarea', { id: 'jpa-note', rows: '4', maxlength: '1000' });
    const send = h('button', { type: 'submit', class: 'btn primary' }, t.handoffSend);
    const cancel = h('button', { type: 'button', class: 'btn' }, t.cancel);
    const problem = h('p', { class: 'msg error', role: 'alert', hidden: true });
    const form = h(
      'form',
      { class: 'company-form' },
      h('p', { class: 'next' }, t.handoffNext),
      h('label', { for: 'jpa-contact' }, t.contactLabel),
      contact,
      h('label', { for: 'jpa-note' }, t.noteLabel),
      note,
      problem,
      h('div', { class: 'row' }, send, cancel),
    );
    cancel.addEventListener('click', close);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const conversationId = conversation().conversationId;
      if (!conversationId) return;
      send.disabled = true;
      problem.hidden = true;
      try {
        const result = await requestHandoff(api, {
          conversationId,
          ...(contact.value.trim() ? { contact: contact.value.trim() } : {}),
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
        });
        if (result.status === 'open') {
          opened(result.handoffId);
          close();
        } else showContacts(result.contacts);
      } catch (error) {
        const failure = error instanceof ApiFailure ? error : new ApiFailure('server');
        problem.textContent = failure.kind === 'rejected' ? (failure.detail ?? t.server) : t[failure.kind];
        problem.hidden = false;
        send.disabled = false;
      }
    });
    content.replaceChildren(form);
    contact.focus();
  };

  /** No hand-off channel: the people to call or visit instead, and the city hotline. */
  const showContacts = (contacts: Contact[]) => {
    const intro = h('p', { class: 'next', tabindex: '-1' }, t.handoffUnavailable);
    // The server may list the hotline among the contacts already; it is named once.
    const listed = contacts.some((c) => c.phone?.replace(/\D/g, '') === HOTLINE);
    content.replaceChildren(intro, h('ul', { class: 'cards contacts' }, ...contacts.map((c) => renderContact(c, t))));
    if (!listed) content.append(h('p', { class: 'notice hotline' }, t.hotline));
    intro.focus();
  };

  const open = (from: HTMLElement) => {
    trigger = from;
    sheet.hidden = false;
    showForm();
  };

  return { open, close, isOpen: () => !sheet.hidden };
}

interface PollDeps {
  api: string;
  /** True while replies can be seen: the panel open and the page visible. */
  visible: () => boolean;
  conversation: () => Conversation;
  received: (conversation: Conversation, staff: ConversationMessage[]) => void;
}

/**
 * Polls GET /api/conversations/:id/messages?after= every ~2 s while the conversation has an open
 * hand-off and the panel is open and visible; it stops when the panel closes or the page is hidden.
 */
export function createStaffPoller({ api, visible, conversation, received }: PollDeps) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  const waiting = () => {
    const c = conversation();
    return visible() && Boolean(c.handoff && c.conversationId);
  };
  const tick = async () => {
    timer = undefined;
    if (inFlight || !waiting()) return;
    inFlight = true;
    const c = conversation();
    try {
      const messages = await getMessages(api, c.conversationId!, c.handoff!.after);
      const last = messages[messages.length - 1];
      if (last && c.handoff) {
        c.handoff.after = last.id;
        received(
          c,
          messages.filter((m) => m.role === 'staff'),
        );
      }
    } catch (error) {
      // A refused poll (the conversation is gone, purged after its retention period) ends the
      // wait; any other failure is retried on the next tick, and the reply stays on the server.
      if (error instanceof ApiFailure && error.kind === 'rejected') {
        delete c.handoff;
        received(c, []);
      }
    } finally {
      inFlight = false;
    }
    update();
  };
  /** (Re)starts or stops polling to match the panel, the page and the conversation shown. */
  const update = (now = false) => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting()) timer = setTimeout(() => void tick(), now ? 0 : POLL_INTERVAL_MS);
  };
  return { update, stop: () => clearTimeout(timer) };
}
