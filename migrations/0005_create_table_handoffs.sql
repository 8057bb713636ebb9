-- Migration 0005: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
CREATE TABLE handoffs (
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
CREATE INDEX staff_messages_conversation ON staff_messages(conversation_id, created_at);
