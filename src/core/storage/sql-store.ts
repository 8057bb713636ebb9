import type { SqlDriver, SqlValue } from './sql-driver.js';
import { readStats } from './sql-stats.js';
import { AppError } from '../errors.js';
import { createHandoffStore } from './sql-handoffs.js';
import {
  CHANNELS,
  type Channel,
  type Conversation,
  type Doubt,
  type Feedback,
  type Rating,
  type Store,
  type StoredMessage,
} from './store.js';

// Re-exported for the runtimes' drivers, which import the store and its driver types together.
export type { SqlDriver, SqlStatement, SqlValue } from './sql-driver.js';

interface MessageRow {
  id: string;
  conversation_id: string;
  role: 'user' | 'assistant';
  text: string;
  citations: string;
  mode: StoredMessage['mode'];
  refused: number;
  notices: string;
  latency_ms: number | null;
  trace: string | null;
  doubts: string;
  created_at: string;
}

type ConversationRow = Record<'id' | 'channel' | 'created_at', string> & { external_key: string | null };

const INSERT_CONVERSATION = `INSERT INTO conversations (id, channel, external_key, created_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (channel, external_key) WHERE external_key IS NOT NULL DO NOTHING`;
const INSERT_MESSAGE = `INSERT INTO messages (id, conversation_id, role, text, citations, mode, refused, notices, latency_ms, trace, doubts, created_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const UPSERT_FEEDBACK = `INSERT INTO feedback (message_id, conversation_id, rating, comment, created_at) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT(message_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at`;
/** Inserted, or taken over from a claim that went stale unfinished; RETURNING tells the caller whether it won. */
const CLAIM_DELIVERY = `INSERT INTO deliveries (key, claimed_at, finished_at) VALUES (?, ?, NULL)
  ON CONFLICT(key) DO UPDATE SET claimed_at = excluded.claimed_at
  WHERE deliveries.finished_at IS NULL AND deliveries.claimed_at < ?
  RETURNING key`;
/** Slack redelivers for minutes and signatures are valid for five; a day is ample. */
const DELIVERY_MEMORY_MS = 24 * 60 * 60 * 1000;
const EARLIER_MESSAGES = `SELECT * FROM messages WHERE conversation_id = ?
  AND (created_at < ? OR (created_at = ? AND rowid < (SELECT rowid FROM messages WHERE id = ?))) ORDER BY created_at, rowid`;
// CAST: PostgreSQL cannot infer the type of a parameter that is only tested for NULL.
const FAILURES = `SELECT m.*, c.channel, f.rating, f.comment AS feedback_comment
  FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN feedback f ON f.message_id = m.id
  WHERE m.role = 'assistant' AND (m.refused = 1 OR f.rating = 'down' OR m.doubts <> '[]')
    AND (CAST(? AS TEXT) IS NULL OR (? = 'refused' AND m.refused = 1) OR (? = 'downvoted' AND f.rating = 'down')
      OR (? = 'doubtful' AND m.doubts <> '[]'))
    AND (CAST(? AS TEXT) IS NULL OR c.channel = ?)
  ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?`;

/** The store over the schema in core/storage/migrations.ts; the same SQL runs on SQLite, D1 and PostgreSQL. */
export function createSqlStore(db: SqlDriver): Store {
  return {
    ...createHandoffStore(db),
    async createConversation(c) {
      await db.run(INSERT_CONVERSATION, conversationParams(c));
      if (c.externalKey === null) return c;
      return toConversation(
        await db.get<ConversationRow>('SELECT * FROM conversations WHERE channel = ? AND external_key = ?', [c.channel, c.externalKey]),
      )!;
    },
    async getConversation(id) {
      return toConversation(await db.get<ConversationRow>('SELECT * FROM conversations WHERE id = ?', [id]));
    },
    async findConversationByKey(channel, key) {
      return toConversation(
        await db.get<ConversationRow>('SELECT * FROM conversations WHERE channel = ? AND external_key = ?', [channel, key]),
      );
    },
    async listMessages(conversationId) {
      const rows = await db.all<MessageRow>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid', [
        conversationId,
      ]);
      return rows.map(toMessage);
    },
    async addMessages(messages) {
      await db.batch(messages.map((m) => ({ sql: INSERT_MESSAGE, params: messageParams(m) })));
    },
    async startConversation(c, messages) {
      if (c.externalKey !== null) throw new AppError('invalid_request', 'a keyed conversation is found or created first');
      await db.batch([
        { sql: INSERT_CONVERSATION, params: conversationParams(c) },
        ...messages.map((m) => ({ sql: INSERT_MESSAGE, params: messageParams(m) })),
      ]);
    },
    async putFeedback(f) {
      const message = await db.get('SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?', [f.messageId, f.conversationId]);
      if (!message) return false;
      await db.run(UPSERT_FEEDBACK, [f.messageId, f.conversationId, f.rating, f.comment, f.createdAt]);
      return true;
    },
    async getFeedback(messageId) {
      const row = await db.get<FeedbackRow>('SELECT * FROM feedback WHERE message_id = ?', [messageId]);
      return row ? toFeedback(row) : null;
    },
    async listFeedback(conversationId) {
      return (await db.all<FeedbackRow>('SELECT * FROM feedback WHERE conversation_id = ? ORDER BY created_at', [conversationId])).map(
        toFeedback,
      );
    },
    async stats() {
      return readStats(db);
    },
    async listFailures({ kind, channel, limit }) {
      const rows = await db.all<MessageRow & { channel: Channel; rating: Rating | null; feedback_comment: string | null }>(FAILURES, [
        ...Array<SqlValue>(4).fill(kind ?? null),
        ...Array<SqlValue>(2).fill(channel ?? null),
        limit,
      ]);
      return Promise.all(
        rows.map(async (row) => {
          const earlier = (await db.all<MessageRow>(EARLIER_MESSAGES, [row.conversation_id, row.created_at, row.created_at, row.id])).map(
            toMessage,
          );
          const question = earlier.at(-1);
          return {
            messageId: row.id,
            conversationId: row.conversation_id,
            channel: row.channel,
            createdAt: row.created_at,
            kinds: [
              ...(row.refused === 1 ? ['refused' as const] : []),
              ...(row.rating === 'down' ? ['downvoted' as const] : []),
              ...(row.doubts !== '[]' ? ['doubtful' as const] : []),
            ],
            doubts: JSON.parse(row.doubts) as Doubt[],
            question: question?.role === 'user' ? question.text : '',
            answer: row.text,
            cited: JSON.parse(row.citations) as string[],
            rating: row.rating,
            comment: row.feedback_comment,
            history: earlier.slice(0, -1).map((m) => ({ role: m.role, content: m.text })),
          };
        }),
      );
    },
    async claimDelivery(key, at, staleBefore) {
      await db.run('DELETE FROM deliveries WHERE claimed_at < ?', [new Date(Date.parse(at) - DELIVERY_MEMORY_MS).toISOString()]);
      return (await db.all(CLAIM_DELIVERY, [key, at, staleBefore])).length > 0;
    },
    async finishDelivery(key, at) {
      await db.run('UPDATE deliveries SET finished_at = ? WHERE key = ?', [at, key]);
    },
    async purgeBefore(cutoff) {
      // Counted by RETURNING: D1's change count includes the cascaded messages and feedback, SQLite's does not.
      return (await db.all('DELETE FROM conversations WHERE created_at < ? RETURNING id', [cutoff])).length;
    },
    async close() {
      await db.close();
    },
  };
}

function conversationParams(c: Conversation): SqlValue[] {
  if (!(CHANNELS as readonly string[]).includes(c.channel)) {
    throw new AppError('invalid_request', `channel must be one of ${CHANNELS.join(', ')}`);
  }
  return [c.id, c.channel, c.externalKey, c.createdAt];
}

function messageParams(m: StoredMessage): SqlValue[] {
  const trace = m.trace ? JSON.stringify(m.trace) : null;
  return [
    m.id,
    m.conversationId,
    m.role,
    m.text,
    JSON.stringify(m.citations),
    m.mode,
    m.refused ? 1 : 0,
    JSON.stringify(m.notices),
    m.latencyMs,
    trace,
    JSON.stringify(m.doubts),
    m.createdAt,
  ];
}

type FeedbackRow = Record<'conversation_id' | 'message_id' | 'rating' | 'created_at', string> & { comment: string | null };

function toFeedback(row: FeedbackRow): Feedback {
  return {
    conversationId: row.conversation_id,
    messageId: row.message_id,
    rating: row.rating as Feedback['rating'],
    comment: row.comment ?? null,
    createdAt: row.created_at,
  };
}

function toConversation(row: ConversationRow | undefined): Conversation | null {
  return row
    ? { id: row.id, channel: row.channel as Conversation['channel'], externalKey: row.external_key ?? null, createdAt: row.created_at }
    : null;
}

function toMessage(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    role: row.role,
    text: row.text,
    citations: JSON.parse(row.citations) as string[],
    mode: row.mode,
    refused: row.refused === 1,
    notices: JSON.parse(row.notices) as string[],
    latencyMs: row.latency_ms,
    trace: row.trace ? (JSON.parse(row.trace) as StoredMessage['trace']) : null,
    doubts: JSON.parse(row.doubts) as Doubt[],
    createdAt: row.created_at,
  };
}
