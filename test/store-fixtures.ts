import { createId } from '../src/core/storage/ids.js';
import type { Store, StoredMessage } from '../src/core/storage/store.js';

/** Tests only: a stored question and its answer, one millisecond apart, in a new or given conversation. */
export async function addExchange(
  store: Store,
  at: string,
  answer: Partial<StoredMessage> = {},
  question = 'Who funds technology finance?',
) {
  let conversation = answer.conversationId ? await store.getConversation(answer.conversationId) : null;
  if (!conversation) {
    conversation = { id: createId('c'), channel: 'web', externalKey: null, createdAt: at };
    await store.createConversation(conversation);
  }
  const base = {
    conversationId: conversation.id,
    citations: [],
    mode: null,
    refused: false,
    notices: [],
    latencyMs: null,
    trace: null,
    doubts: [],
  };
  const user: StoredMessage = { ...base, id: createId('m'), role: 'user', text: question, createdAt: at };
  const later = new Date(Date.parse(at) + 1).toISOString();
  const assistant: StoredMessage = {
    ...base,
    mode: 'offline',
    id: createId('m'),
    role: 'assistant',
    text: 'See [M10].',
    citations: ['M10'],
    latencyMs: 12,
    createdAt: later,
    ...answer,
    conversationId: conversation.id,
  };
  await store.addMessages([user, assistant]);
  return { conversationId: conversation.id, user, assistant };
}
