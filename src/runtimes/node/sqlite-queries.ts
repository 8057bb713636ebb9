import type BetterSqlite3 from 'better-sqlite3';
import type { Conversation, Feedback, Stats, Store, StoredMessage } from '../../core/storage/store.js';

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
  created_at: string;
}

export function createSqlQueries(db: BetterSqlite3.Database): Store {
  const insertConversation = db.prepare(
    'INSERT INTO conversations (id, channel, external_key, created_at) VALUES (@id, @channel, @externalKey, @createdAt)',
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (id, conversation_id, role, text, citations, mode, refused, notices, latency_ms, trace, created_at)
     VALUES (@id, @conversationId, @role, @text, @citations, @mode, @refused, @notices, @latencyMs, @trace, @createdAt)`,
  );
  const upsertFeedback = db.prepare(
    `INSERT INTO feedback (message_id, conversation_id, rating, comment, created_at)
     VALUES (@messageId, @conversationId, @rating, @comment, @createdAt)
     ON CONFLICT(message_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at`,
  );
  const toConversation = (row: Record<string, string | null> | undefined): Conversation | null =>
    row
      ? { id: row.id!, channel: row.channel as Conversation['channel'], externalKey: row.external_key ?? null, createdAt: row.created_at! }
      : null;
  const addMessages = db.transaction((messages: StoredMessage[]) => {
    for (const m of messages) {
      insertMessage.run({
        ...m,
        citations: JSON.stringify(m.citations),
        notices: JSON.stringify(m.notices),
        refused: m.refused ? 1 : 0,
        trace: m.trace ? JSON.stringify(m.trace) : null,
      });
    }
  });

  return {
    async createConversation(c) {
      insertConversation.run(c);
    },
    async getConversation(id) {
      return toConversation(db.prepare('SELECT * FROM conversations WHERE id = ?').get(id) as never);
    },
    async findConversationByKey(channel, key) {
      return toConversation(
        db.prepare('SELECT * FROM conversations WHERE channel = ? AND external_key = ?').get(channel, key) as never,
      );
    },
    async listMessages(conversationId) {
      const rows = db
        .prepare('SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid')
        .all(conversationId) as MessageRow[];
      return rows.map(toMessage);
    },
    async addMessages(messages) {
      addMessages(messages);
    },
    async putFeedback(f) {
      const message = db.prepare('SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?').get(f.messageId, f.conversationId);
      if (!message) return false;
      upsertFeedback.run(f);
      return true;
    },
    async getFeedback(messageId) {
      const row = db.prepare('SELECT * FROM feedback WHERE message_id = ?').get(messageId) as Record<string, string> | undefined;
      return row
        ? { conversationId: row.conversation_id!, messageId: row.message_id!, rating: row.rating as Feedback['rating'], comment: row.comment ?? null, createdAt: row.created_at! }
        : null;
    },
    async stats() {
      return readStats(db);
    },
    async listDownvoted() {
      const rows = db
        .prepare(
          `SELECT m.*, f.comment AS feedback_comment FROM feedback f JOIN messages m ON m.id = f.message_id
           WHERE f.rating = 'down' ORDER BY f.created_at`,
        )
        .all() as Array<MessageRow & { feedback_comment: string | null }>;
      return rows.map((row) => {
        const earlier = (db
          .prepare('SELECT * FROM messages WHERE conversation_id = ? AND (created_at < ? OR (created_at = ? AND rowid < (SELECT rowid FROM messages WHERE id = ?))) ORDER BY created_at, rowid')
          .all(row.conversation_id, row.created_at, row.created_at, row.id) as MessageRow[]).map(toMessage);
        const question = earlier.at(-1);
        return {
          messageId: row.id,
          question: question?.role === 'user' ? question.text : '',
          answer: row.text,
          cited: JSON.parse(row.citations) as string[],
          refused: row.refused === 1,
          comment: row.feedback_comment,
          history: earlier.slice(0, -1).map((m) => ({ role: m.role, content: m.text })),
        };
      });
    },
    async purgeBefore(cutoff) {
      return db.prepare('DELETE FROM conversations WHERE created_at < ?').run(cutoff).changes;
    },
    async close() {
      db.close();
    },
  };
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
    createdAt: row.created_at,
  };
}

function readStats(db: BetterSqlite3.Database): Stats {
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
  const answers = one<{ n: number; refused: number; fallback: number }>(
    `SELECT COUNT(*) AS n, COALESCE(SUM(refused), 0) AS refused,
            COALESCE(SUM(CASE WHEN notices LIKE '%"fallback"%' THEN 1 ELSE 0 END), 0) AS fallback
     FROM messages WHERE role = 'assistant'`,
  );
  const feedback = one<{ up: number; down: number }>(
    `SELECT COALESCE(SUM(rating = 'up'), 0) AS up, COALESCE(SUM(rating = 'down'), 0) AS down FROM feedback`,
  );
  return {
    questionsPerDay: all<{ day: string; count: number }>(
      `SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS count FROM messages WHERE role = 'user' GROUP BY day ORDER BY day`,
    ),
    answers: answers.n,
    refusalRate: answers.n ? answers.refused / answers.n : null,
    fallbackRate: answers.n ? answers.fallback / answers.n : null,
    mostCited: all<{ id: string; count: number }>(
      `SELECT j.value AS id, COUNT(*) AS count FROM messages, json_each(messages.citations) j
       WHERE role = 'assistant' GROUP BY j.value ORDER BY count DESC, id LIMIT 10`,
    ),
    feedback,
    slowest: all<{ messageId: string; question: string; latencyMs: number }>(
      `SELECT a.id AS messageId, COALESCE((SELECT u.text FROM messages u WHERE u.conversation_id = a.conversation_id
              AND u.role = 'user' AND u.rowid < a.rowid ORDER BY u.rowid DESC LIMIT 1), '') AS question, a.latency_ms AS latencyMs
       FROM messages a WHERE a.role = 'assistant' AND a.latency_ms IS NOT NULL ORDER BY a.latency_ms DESC LIMIT 5`,
    ),
  };
}
