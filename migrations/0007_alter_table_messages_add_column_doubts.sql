-- Migration 0007: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.
ALTER TABLE messages ADD COLUMN doubts TEXT NOT NULL DEFAULT '[]';
