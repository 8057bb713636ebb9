import { HISTORY_TURNS, type Answer, type AnswerDraft, type ChatTurn, type Notice } from '../answer/types.js';
import type { Answerer, AnswerOptions } from '../answer/create-answerer.js';
import { AppError } from '../errors.js';
import { createId } from '../storage/ids.js';
import { assessDoubts } from './assess-doubts.js';
import { redact } from '../storage/redact.js';
import type { Channel, Conversation, RetrievalTrace, Store, StoredMessage } from '../storage/store.js';

export interface AskInput {
  message: string;
  conversationId?: string;
  channel: Channel;
  /** A channel-specific key (a Slack thread) that finds or starts the conversation. */
  externalKey?: string;
  /** Prior turns from a stateless caller, used when the conversation has none stored. */
  history?: ChatTurn[];
}

/** The stored retrieval trace plus the query that was searched (a follow-up is resolved first). */
export type Trace = RetrievalTrace & { query: string };

export type AnswerWithTrace = Answer & { trace: Trace };

export interface ChatService {
  ask(input: AskInput, options?: AnswerOptions): Promise<AnswerWithTrace>;
}

/** The longest message any channel may pass on; longer ones are refused before anything is answered. */
export const MAX_MESSAGE = 2000;

/** A message every channel accepts: not blank, not longer than MAX_MESSAGE. */
export function validateMessage(message: string): string {
  const trimmed = message.trim();
  if (trimmed.length === 0) throw new AppError('invalid_request', 'message must not be empty');
  if (message.length > MAX_MESSAGE) throw new AppError('invalid_request', `message must be at most ${MAX_MESSAGE} characters`);
  return trimmed;
}

/**
 * Wraps the answerer with conversations: loads history, answers, then stores both turns
 * (redacted) before the caller sees the answer, so an acknowledged exchange is never lost.
 */
export function createChatService(deps: { answer: Answerer; store: Store; now?: () => Date }): ChatService {
  const now = deps.now ?? (() => new Date());
  return {
    async ask(input, options = {}) {
      const message = validateMessage(input.message);
      const started = Date.now();
      const notices: Notice[] = [];
      let conversation = input.conversationId ? await deps.store.getConversation(input.conversationId) : null;
      if (!conversation && input.externalKey) {
        // Keyed conversations (Slack threads) are found or created first: two quick replies in
        // one thread must land in the same conversation, not race to create it.
        conversation =
          (await deps.store.findConversationByKey(input.channel, input.externalKey)) ??
          (await deps.store.createConversation(newConversation(input, now())));
      }
      if (input.conversationId && !conversation) {
        notices.push({ kind: 'new_conversation', text: 'That conversation was not found, so a new one was started.' });
      }
      const stored = conversation ? toHistory(await deps.store.listMessages(conversation.id)) : [];
      const history = stored.length > 0 ? stored : (input.history ?? []).slice(-HISTORY_TURNS * 2);
      const draft = await deps.answer({ message, history }, options);
      // Created only once there is an answer to store, so a failed answer leaves nothing behind;
      // with its first exchange, in one commit.
      const fresh = conversation ? null : newConversation(input, now());
      const conversationId = (conversation ?? fresh!).id;
      const latencyMs = Date.now() - started;
      const messageId = createId('m');
      const askedMs = now().getTime();
      const askedAt = new Date(askedMs).toISOString();
      const trace: Trace = {
        strategy: draft.retrieval.strategy,
        retrieved: draft.retrieval.hits.map((h) => ({ id: h.id, score: h.score })),
        query: draft.query,
      };
      // Both turns written out field by field (no spread of a shared base): two of them per request.
      const userTurn: StoredMessage = {
        conversationId,
        trace: null,
        latencyMs: null,
        mode: null,
        refused: false,
        notices: [],
        doubts: [],
        id: createId('m'),
        role: 'user',
        text: redact(message),
        citations: [],
        createdAt: askedAt,
      };
      const assistantTurn: StoredMessage = {
        conversationId,
        trace: { strategy: trace.strategy, retrieved: trace.retrieved },
        latencyMs,
        mode: draft.mode,
        refused: draft.refused,
        notices: draft.notices.map((n) => n.kind),
        doubts: assessDoubts(draft),
        id: messageId,
        role: 'assistant',
        text: redactAnswer(draft),
        citations: draft.citations.map((c) => c.id),
        createdAt: new Date(Math.max(askedMs + 1, now().getTime())).toISOString(),
      };
      if (fresh) await deps.store.startConversation(fresh, [userTurn, assistantTurn]);
      else await deps.store.addMessages([userTurn, assistantTurn]);
      return {
        answer: draft.answer,
        citations: draft.citations,
        refused: draft.refused,
        related: draft.related,
        ...(draft.handoff ? { handoff: draft.handoff } : {}),
        notices: [...notices, ...draft.notices],
        conversationId,
        messageId,
        mode: draft.mode,
        language: draft.language,
        trace,
      };
    },
  };
}

/** A cached answer (frozen, see cache-answers.ts) is the same object each time it is served: its redacted text is kept beside it. */
const REDACTED_ANSWERS = new WeakMap<AnswerDraft, string>();

function redactAnswer(draft: AnswerDraft): string {
  if (!Object.isFrozen(draft)) return redact(draft.answer);
  let text = REDACTED_ANSWERS.get(draft);
  if (text === undefined) {
    text = redact(draft.answer);
    REDACTED_ANSWERS.set(draft, text);
  }
  return text;
}

function newConversation(input: AskInput, at: Date): Conversation {
  return { id: createId('c'), channel: input.channel, externalKey: input.externalKey ?? null, createdAt: at.toISOString() };
}

function toHistory(messages: StoredMessage[]): ChatTurn[] {
  return messages.slice(-HISTORY_TURNS * 2).map((m) => ({ role: m.role, content: m.text }));
}
