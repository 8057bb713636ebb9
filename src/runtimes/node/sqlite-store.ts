import { accessSync, constants, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { MIGRATIONS } from '../../core/storage/migrations.js';
import type { Store } from '../../core/storage/store.js';
import { createSqlStore, type SqlDriver } from '../../core/storage/sql-store.js';
import { createGroupCommit, type GroupCommitOptions } from './group-commit.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

export interface SqliteStoreOptions extends GroupCommitOptions {
  /** FULL (the default) fsyncs every commit; NORMAL is offered for the bench's comparison. */
  synchronous?: 'FULL' | 'NORMAL';
}

/**
 * The SQLite store: WAL journal with synchronous=FULL, so a write that returned has been
 * fsynced and survives kill -9. Writes of the same event-loop turn share one commit (see
 * group-commit.ts). Migrations run on open; ":memory:" gives a test store.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(file, options.synchronous ?? 'FULL');
  migrate(db, MIGRATIONS);
  return createSqlStore(toDriver(db, options));
}

function openDatabase(file: string, synchronous: 'FULL' | 'NORMAL'): BetterSqlite3.Database {
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
      accessSync(dirname(file), constants.W_OK);
    }
    const db = new Database(file, { timeout: 2000 });
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma('foreign_keys = ON');
    // Fails now, not on the first write, when the file is read-only or locked by another process.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    return db;
  } catch (error) {
    throw new AppError('database_unavailable', `cannot open database ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Reads run at once: better-sqlite3 is synchronous and a group commits within one call, so a
 * read never sees a half-done group. Anything that writes (run, batch, DELETE ... RETURNING)
 * goes through the group commit. Statements are prepared once.
 */
function toDriver(db: BetterSqlite3.Database, options: GroupCommitOptions): SqlDriver {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    const cached = prepared.get(sql);
    if (cached) return cached;
    const statement = db.prepare(sql);
    prepared.set(sql, statement);
    return statement;
  };
  const group = createGroupCommit(db, options);
  const query = <T>(sql: string, read: (s: BetterSqlite3.Statement) => T): Promise<T> => {
    const statement = prepare(sql);
    return statement.readonly ? Promise.resolve(read(statement)) : group.write(() => read(statement));
  };
  return {
    all: async (sql, params = []) => query(sql, (s) => s.all(...params)) as never,
    get: async (sql, params = []) => query(sql, (s) => s.get(...params)) as never,
    run: (sql, params = []) => group.write(() => void prepare(sql).run(...params)),
    batch: (statements) =>
      group.write(() => {
        for (const { sql, params } of statements) prepare(sql).run(...params);
      }),
    close: async () => {
      group.flush();
      db.close();
    },
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
