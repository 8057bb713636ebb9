import { Hono } from 'hono';
import type { Store } from '../../src/core/storage/store.js';
import type { Contact, ConversationMessage } from '../../src/channels/widget/types.js';

/**
 * The contract's hand-off routes ("People in the loop") as a stand-in until the server side is
 * merged: POST /api/handoff and GET /api/conversations/:id/messages?after=, over the real store's
 * conversations. `staff` is set by the test: `available` answers 202 and lets the test post staff
 * replies; `unavailable` answers 503 handoff_unavailable with `contacts`.
 */
export function createFakeHandoff(store: Store) {
  const state = {
    staff: 'available' as 'available' | 'unavailable',
    contacts: [] as Contact[],
    handoffs: [] as Array<{ handoffId: string; conversationId: string; contact?: string; note?: string }>,
    replies: new Map<string, ConversationMessage[]>(),
    /** Every `after` the widget polled with, in order. */
    polls: [] as Array<string | undefined>,
    /** Conversations purged since (retention): their messages answer 404. */
    purged: new Set<string>(),
  };
  const error = (code: string, message: string) => ({ error: { code, message } });
  const app = new Hono();

  app.post('/api/handoff', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const { conversationId, contact, note } = body ?? {};
    const optional = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
    if (typeof conversationId !== 'string' || !optional(contact, 200) || !optional(note, 1000)) {
      return c.json(error('invalid_request', 'conversationId is required; contact <= 200 and note <= 1000 characters'), 400);
    }
    if (!(await store.getConversation(conversationId))) return c.json(error('not_found', 'no such conversation'), 404);
    if (state.staff === 'unavailable') {
      return c.json({ ...error('handoff_unavailable', 'no hand-off channel is configured'), contacts: state.contacts }, 503);
    }
    const handoffId = `h_${state.handoffs.length + 1}`;
    state.handoffs.push({ handoffId, conversationId, contact: contact as string | undefined, note: note as string | undefined });
    return c.json({ handoffId, status: 'open' }, 202);
  });

  app.get('/api/conversations/:id/messages', async (c) => {
    const id = c.req.param('id');
    const after = c.req.query('after');
    state.polls.push(after);
    if (state.purged.has(id) || !(await store.getConversation(id))) return c.json(error('not_found', 'no such conversation'), 404);
    const stored: ConversationMessage[] = (await store.listMessages(id)).map((m) => ({
      id: m.id,
      role: m.role,
      text: m.text,
      at: m.createdAt,
    }));
    const all = [...stored, ...(state.replies.get(id) ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    const from = after === undefined ? 0 : all.findIndex((m) => m.id === after) + 1;
    if (from === 0 && after !== undefined) return c.json(error('invalid_request', 'after: no such message in that conversation'), 400);
    return c.json({ messages: all.slice(from) });
  });

  /** A staff member's reply in the Slack thread, as the server side adds it to the conversation. */
  const reply = (conversationId: string, text: string, author?: string) => {
    const list = state.replies.get(conversationId) ?? [];
    list.push({ id: `m_staff${list.length + 1}`, role: 'staff', text, at: new Date().toISOString(), ...(author ? { author } : {}) });
    state.replies.set(conversationId, list);
  };

  /** Before each test: no hand-offs or replies yet, staff reachable or not. */
  const reset = (staff: typeof state.staff, contacts: Contact[] = []) => {
    Object.assign(state, { staff, contacts, handoffs: [], polls: [], purged: new Set() });
    state.replies.clear();
  };

  return { app, state, reply, reset };
}
