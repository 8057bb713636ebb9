-- Migration 0003: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
CREATE TABLE deliveries (
  key TEXT PRIMARY KEY,
  claimed_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX deliveries_claimed ON deliveries(claimed_at);
