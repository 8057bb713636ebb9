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
    migrations.map(({ sqlite }, i) => {
      const number = String(i + 1).padStart(4, '0');
      const body = dedent(sqlite);
      const header = `-- Migration ${number}: generated from src/core/storage/migrations.ts by scripts/write-d1-migrations.ts; do not edit.`;
      return [`${number}_${slugOf(body)}.sql`, `${header}\n${body}\n`];
    }),
  );
}

/** The SQL without the indentation it has inside migrations.ts (its first line has none). */
function dedent(sql: string): string {
  const [first = '', ...rest] = sql.trim().split('\n');
  const indent = Math.min(...rest.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
  return [first, ...rest.map((line) => line.slice(indent))].join('\n');
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
