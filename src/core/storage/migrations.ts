/** Hand-offs to staff and their replies: the same statements in both dialects. */
const HANDOFFS = `CREATE TABLE handoffs (
       id TEXT PRIMARY KEY,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       status TEXT NOT NULL,
       contact TEXT,
       note TEXT,
       slack_channel TEXT,
       slack_ts TEXT,
       staff_user TEXT,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     );
     CREATE INDEX handoffs_conversation ON handoffs(conversation_id, created_at);
     CREATE INDEX handoffs_created ON handoffs(created_at);
     CREATE UNIQUE INDEX handoffs_thread ON handoffs(slack_channel, slack_ts) WHERE slack_ts IS NOT NULL;
     CREATE TABLE staff_messages (
       id TEXT PRIMARY KEY,
       handoff_id TEXT NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       author TEXT NOT NULL,
       text TEXT NOT NULL,
       slack_ts TEXT NOT NULL,
       created_at TEXT NOT NULL
     );
     CREATE UNIQUE INDEX staff_messages_reply ON staff_messages(handoff_id, slack_ts);
     CREATE INDEX staff_messages_conversation ON staff_messages(conversation_id, created_at);`;

/**
 * One step of the versioned schema, in both dialects. Append only: a deployed database runs
 * every migration above its version, in order. `sqlite` serves SQLite (Node, `user_version`) and
 * D1 (Workers, migrations/*.sql); `postgres` serves PostgreSQL (`schema_version`). Both must
 * leave the same tables and columns (test/store-dialects.test.ts compares them step by step),
 * with one exception: PostgreSQL has no implicit rowid, so messages declares a column of that
 * name, which the store orders by on both engines.
 */
export interface Migration {
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: Migration[] = [
  {
    sqlite: `CREATE TABLE conversations (
       id TEXT PRIMARY KEY,
       channel TEXT NOT NULL CHECK (channel IN ('web', 'slack', 'api', 'cli')),
       created_at TEXT NOT NULL
     );
     CREATE TABLE messages (
       id TEXT PRIMARY KEY,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
       text TEXT NOT NULL,
       citations TEXT NOT NULL DEFAULT '[]',
       mode TEXT,
       refused INTEGER NOT NULL DEFAULT 0,
       notices TEXT NOT NULL DEFAULT '[]',
       latency_ms INTEGER,
       trace TEXT,
       created_at TEXT NOT NULL
     );
     CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
     CREATE TABLE feedback (
       message_id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
       comment TEXT,
       created_at TEXT NOT NULL
     );`,
    postgres: `CREATE TABLE conversations (
       id TEXT PRIMARY KEY,
       channel TEXT NOT NULL CHECK (channel IN ('web', 'slack', 'api', 'cli')),
       created_at TEXT NOT NULL
     );
     CREATE TABLE messages (
       id TEXT PRIMARY KEY,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
       text TEXT NOT NULL,
       citations TEXT NOT NULL DEFAULT '[]',
       mode TEXT,
       refused INTEGER NOT NULL DEFAULT 0,
       notices TEXT NOT NULL DEFAULT '[]',
       latency_ms INTEGER,
       trace TEXT,
       created_at TEXT NOT NULL,
       rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
     );
     CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
     CREATE TABLE feedback (
       message_id TEXT PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
       conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
       rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
       comment TEXT,
       created_at TEXT NOT NULL
     );`,
  },
  // Slack threads map to conversations by a channel-specific key.
  {
    sqlite: `ALTER TABLE conversations ADD COLUMN external_key TEXT;
     CREATE UNIQUE INDEX conversations_external ON conversations(channel, external_key) WHERE external_key IS NOT NULL;
     CREATE INDEX conversations_created ON conversations(created_at);`,
    postgres: `ALTER TABLE conversations ADD COLUMN external_key TEXT;
     CREATE UNIQUE INDEX conversations_external ON conversations(channel, external_key) WHERE external_key IS NOT NULL;
     CREATE INDEX conversations_created ON conversations(created_at);`,
  },
  // Slack event ids and slash-command trigger ids, so a redelivery is answered exactly once.
  {
    sqlite: `CREATE TABLE deliveries (
       key TEXT PRIMARY KEY,
       claimed_at TEXT NOT NULL,
       finished_at TEXT
     );
     CREATE INDEX deliveries_claimed ON deliveries(claimed_at);`,
    postgres: `CREATE TABLE deliveries (
       key TEXT PRIMARY KEY,
       claimed_at TEXT NOT NULL,
       finished_at TEXT
     );
     CREATE INDEX deliveries_claimed ON deliveries(claimed_at);`,
  },
  // Channels are checked in code (store.ts), so adding one needs no table rebuild. SQLite cannot
  // drop a CHECK, so conversations is rebuilt; dropping it would cascade to messages and feedback,
  // so they are rebuilt first, rowids kept (messages are ordered by them), and renamed into place.
  // PostgreSQL drops the constraint in place.
  {
    sqlite: `CREATE TABLE conversations_new (
       id TEXT PRIMARY KEY,
       channel TEXT NOT NULL,
       created_at TEXT NOT NULL,
       external_key TEXT
     );
     CREATE TABLE messages_new (
       id TEXT PRIMARY KEY,
       conversation_id TEXT NOT NULL REFERENCES conversations_new(id) ON DELETE CASCADE,
       role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
       text TEXT NOT NULL,
       citations TEXT NOT NULL DEFAULT '[]',
       mode TEXT,
       refused INTEGER NOT NULL DEFAULT 0,
       notices TEXT NOT NULL DEFAULT '[]',
       latency_ms INTEGER,
       trace TEXT,
       created_at TEXT NOT NULL
     );
     CREATE TABLE feedback_new (
       message_id TEXT PRIMARY KEY REFERENCES messages_new(id) ON DELETE CASCADE,
       conversation_id TEXT NOT NULL REFERENCES conversations_new(id) ON DELETE CASCADE,
       rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
       comment TEXT,
       created_at TEXT NOT NULL
     );
     INSERT INTO conversations_new (rowid, id, channel, created_at, external_key)
       SELECT rowid, id, channel, created_at, external_key FROM conversations;
     INSERT INTO messages_new (rowid, id, conversation_id, role, text, citations, mode, refused, notices, latency_ms, trace, created_at)
       SELECT rowid, id, conversation_id, role, text, citations, mode, refused, notices, latency_ms, trace, created_at FROM messages;
     INSERT INTO feedback_new (message_id, conversation_id, rating, comment, created_at)
       SELECT message_id, conversation_id, rating, comment, created_at FROM feedback;
     DROP TABLE feedback;
     DROP TABLE messages;
     DROP TABLE conversations;
     ALTER TABLE conversations_new RENAME TO conversations;
     ALTER TABLE messages_new RENAME TO messages;
     ALTER TABLE feedback_new RENAME TO feedback;
     CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
     CREATE UNIQUE INDEX conversations_external ON conversations(channel, external_key) WHERE external_key IS NOT NULL;
     CREATE INDEX conversations_created ON conversations(created_at);`,
    postgres: `ALTER TABLE conversations DROP CONSTRAINT conversations_channel_check;`,
  },
  // Hand-offs to staff and the staff's replies, deleted with their conversation. Staff replies
  // have their own table rather than a role in messages: answers' history, stats and failures
  // read messages and must never take a staff reply for the assistant's, and no rebuild is needed.
  // Statuses are checked in code (store.ts), as channels are.
  {
    sqlite: HANDOFFS,
    postgres: HANDOFFS,
  },
  // Rate-limit token buckets, one row per client key, so that instances sharing a PostgreSQL
  // database share each client's allowance. A SQLite deployment is one machine and keeps buckets
  // in memory (its process, or the cluster's primary), so there the table stays empty: it exists
  // so that the two dialects keep one schema. `at` is milliseconds since the epoch.
  {
    sqlite: `CREATE TABLE rate_limits (
       key TEXT PRIMARY KEY,
       tokens REAL NOT NULL,
       available REAL NOT NULL,
       at INTEGER NOT NULL
     );
     CREATE INDEX rate_limits_at ON rate_limits(at);`,
    postgres: `CREATE TABLE rate_limits (
       key TEXT PRIMARY KEY,
       tokens DOUBLE PRECISION NOT NULL,
       available DOUBLE PRECISION NOT NULL,
       at BIGINT NOT NULL
     );
     CREATE INDEX rate_limits_at ON rate_limits(at);`,
  },
  // Low-confidence signals of an answer (core/chat/assess-doubts.ts), so the admin lists answers
  // nobody complained about that may still be wrong. A JSON list like citations; '[]' for none.
  {
    sqlite: `ALTER TABLE messages ADD COLUMN doubts TEXT NOT NULL DEFAULT '[]';`,
    postgres: `ALTER TABLE messages ADD COLUMN doubts TEXT NOT NULL DEFAULT '[]';`,
  },
];
