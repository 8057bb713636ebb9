-- Migration 0004: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
CREATE TABLE conversations_new (
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
CREATE INDEX conversations_created ON conversations(created_at);
