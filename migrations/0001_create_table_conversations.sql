-- Migration 0001: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
CREATE TABLE conversations (
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
);
