import { accessSync, constants, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { MIGRATIONS } from '../../core/storage/migrations.js';
import type { Store } from '../../core/storage/store.js';
import { createSqlStore, type SqlDriver, type SqlStatement } from '../../core/storage/sql-store.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

/**
 * The SQLite store: WAL journal with synchronous=FULL, so a write that returned has been
 * fsynced and survives kill -9. Migrations run on open; ":memory:" gives a test store.
 */
export function openSqliteStore(file: string): Store {
  const db = openDatabase(file);
  migrate(db, MIGRATIONS);
  return createSqlStore(toDriver(db));
}

function openDatabase(file: string): BetterSqlite3.Database {
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
      accessSync(dirname(file), constants.W_OK);
    }
    const db = new Database(file, { timeout: 2000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Fails now, not on the first write, when the file is read-only or locked by another process.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    return db;
  } catch (error) {
    throw new AppError('database_unavailable', `cannot open database ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** better-sqlite3 is synchronous; the driver's promises resolve at once, and statements are prepared once. */
function toDriver(db: BetterSqlite3.Database): SqlDriver {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const batch = db.transaction((statements: SqlStatement[]) => {
    for (const { sql, params } of statements) prepare(sql).run(...params);
  });
  return {
    all: async (sql, params = []) => prepare(sql).all(...params) as never,
    get: async (sql, params = []) => prepare(sql).get(...params) as never,
    run: async (sql, params = []) => void prepare(sql).run(...params),
    batch: async (statements) => batch(statements),
    close: async () => void db.close(),
  };
}

export function migrate(db: BetterSqlite3.Database, migrations: string[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
