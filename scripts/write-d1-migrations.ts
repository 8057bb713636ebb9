// Writes migrations/NNNN_*.sql for `wrangler d1 migrations apply` from MIGRATIONS, the one
// source of the schema; test/workers-migrations.test.ts fails when the files fall behind.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MIGRATIONS } from '../src/core/storage/migrations.js';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** File name to contents; version N of the Node `user_version` is file N. */
export function renderD1Migrations(migrations = MIGRATIONS): Map<string, string> {
  return new Map(
    migrations.map((sql, i) => {
      const number = String(i + 1).padStart(4, '0');
      const body = sql
        .split('\n')
        .map((line) => line.replace(/^ {3}/, ''))
        .join('\n')
        .trim();
      const header = `-- Migration ${number}: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.`;
      return [`${number}_${slugOf(body)}.sql`, `${header}\n${body}\n`];
    }),
  );
}

/** "CREATE TABLE conversations (" -> "create_table_conversations". */
function slugOf(sql: string): string {
  const first = sql.split(/[;(]/)[0]!;
  return first.toLowerCase().split(/\W+/).filter(Boolean).slice(0, 6).join('_');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(MIGRATIONS_DIR, { recursive: true });
  for (const name of readdirSync(MIGRATIONS_DIR)) if (name.endsWith('.sql')) rmSync(join(MIGRATIONS_DIR, name));
  for (const [name, text] of renderD1Migrations()) writeFileSync(join(MIGRATIONS_DIR, name), text);
  console.log(`wrote ${MIGRATIONS.length} migrations to ${MIGRATIONS_DIR}`);
}
