-- Migration 0006: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  tokens REAL NOT NULL,
  available REAL NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX rate_limits_at ON rate_limits(at);
