import type { HandoffDesk } from '../channel.js';
import { AppError } from '../errors.js';
import { createId } from '../storage/ids.js';
import { redact } from '../storage/redact.js';
import type { Conversation, Handoff, Store } from '../storage/store.js';

export const MAX_CONTACT = 200;
export const MAX_NOTE = 1000;

export interface HandoffInput {
  contact?: string;
  note?: string;
}

/**
 * Hands a conversation to staff: posts it through the desk, then stores the hand-off with where it
 * was posted (replies in that thread find it). A conversation with a hand-off not yet resolved
 * gets that one back, so a second click does not post it twice. The contact is kept as given,
 * since staff need it to reach the person; the note is redacted like every stored text.
 */
export async function requestHandoff(
  deps: { store: Store; desk: HandoffDesk; now?: () => Date },
  conversation: Conversation,
  input: HandoffInput,
): Promise<Handoff> {
  const active = await deps.store.findActiveHandoff(conversation.id);
  if (active) return active;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const handoff: Handoff = {
    id: createId('h'),
    conversationId: conversation.id,
    status: 'open',
    contact: input.contact?.trim() || null,
    note: input.note?.trim() ? redact(input.note.trim()) : null,
    slackChannel: null,
    slackTs: null,
    staffUser: null,
    createdAt: at,
    updatedAt: at,
  };
  let posted: { channel: string; ts: string };
  try {
    posted = await deps.desk.post(handoff);
  } catch (error) {
    throw new AppError('handoff_unavailable', 'The hand-off channel could not be reached just now.', { cause: error });
  }
  const stored = { ...handoff, slackChannel: posted.channel, slackTs: posted.ts };
  await deps.store.createHandoff(stored);
  return stored;
}
