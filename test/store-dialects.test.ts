import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../src/core/storage/migrations.js';
import { migrate } from '../src/runtimes/node/sqlite-store.js';
import { createTestDatabase } from './postgres-server.js';

const server = inject('postgres');

type Schema = { tables: Record<string, string[]>; indexes: string[] };

function readSqliteSchema(db: Database.Database): Schema {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
  const tables = Object.fromEntries(
    names.map(({ name }) => [name, (db.pragma(`table_info(${name})`) as Array<{ name: string }>).map((c) => c.name).sort()]),
  );
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ name: string }>;
  return { tables, indexes: indexes.map((i) => i.name).sort() };
}

async function readPostgresSchema(client: pg.Client): Promise<Schema> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> 'schema_version' ORDER BY table_name, column_name`,
  );
  const tables: Record<string, string[]> = {};
  for (const { table_name, column_name } of columns) tables[table_name] = [...(tables[table_name] ?? []), column_name];
  // Indexes created by name, not those behind a primary key or UNIQUE constraint.
  const { rows: indexes } = await client.query<{ indexname: string }>(
    `SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
     AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
  );
  return { tables, indexes: indexes.map((i) => i.indexname) };
}

/** SQLite's implicit rowid, which the store orders messages by, is a declared column on PostgreSQL. */
function withDeclaredRowid({ tables, indexes }: Schema): Schema {
  return { tables: { ...tables, messages: [...(tables.messages ?? []), 'rowid'].sort() }, indexes };
}

describe.skipIf(!server.url)(`the two dialects of each migration${server.skipReason ? ` (skipped: ${server.skipReason})` : ''}`, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase(server.url!);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('leave the same tables, columns and indexes after every step', async () => {
    const sqlite = new Database(':memory:');
    for (const [i, migration] of MIGRATIONS.entries()) {
      migrate(sqlite, MIGRATIONS.slice(0, i + 1));
      await client.query(migration.postgres);
      const expected = readSqliteSchema(sqlite);
      expect({ step: i + 1, ...(await readPostgresSchema(client)) }).toEqual({ step: i + 1, ...withDeclaredRowid(expected) });
    }
    expect(Object.keys(readSqliteSchema(sqlite).tables)).toContain('rate_limits');
    sqlite.close();
  });
});
