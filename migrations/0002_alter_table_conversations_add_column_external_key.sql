-- Migration 0002: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
ALTER TABLE conversations ADD COLUMN external_key TEXT;
CREATE UNIQUE INDEX conversations_external ON conversations(channel, external_key) WHERE external_key IS NOT NULL;
CREATE INDEX conversations_created ON conversations(created_at);
