import { accessSync, constants, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../core/errors.js';
import { MIGRATIONS, type Migration } from '../../core/storage/migrations.js';
import type { Store } from '../../core/storage/store.js';
import { createSqlStore, type SqlDriver, type SqlValue } from '../../core/storage/sql-store.js';
import { createGroupCommit, createWriteRunner, type GroupCommitOptions } from './group-commit.mjs';
import { startWriteThread, type WriteThread } from './write-thread.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

export interface SqliteStoreOptions extends GroupCommitOptions {
  /** FULL (the default) fsyncs every commit; NORMAL is offered for the bench's comparison. */
  synchronous?: 'FULL' | 'NORMAL';
}

/**
 * The SQLite store: WAL journal with synchronous=FULL, so a write that returned has been
 * fsynced and survives kill -9. Writes of the same event-loop turn share one commit (see
 * group-commit.mjs, write-thread.ts). Migrations run on open; ":memory:" gives a test store.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = openDatabase(file, options.synchronous ?? 'FULL');
  migrate(db, MIGRATIONS);
  return createSqlStore(toDriver(db, file, options));
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
 * Reads run at once on this connection. Anything that writes (run, batch, DELETE ... RETURNING)
 * is group-committed: on the write thread for a file, so that fsync never blocks the event
 * loop; in this thread for ":memory:", which no other connection can open. Statements are
 * prepared once.
 */
function toDriver(db: BetterSqlite3.Database, file: string, options: SqliteStoreOptions): SqlDriver {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    const cached = prepared.get(sql);
    if (cached) return cached;
    const statement = db.prepare(sql);
    prepared.set(sql, statement);
    return statement;
  };
  const writer = file === ':memory:' ? writeInThread(db, options) : startWriteThread(file, options.synchronous ?? 'FULL', options);
  const query = (kind: 'all' | 'get', sql: string, params: SqlValue[]): Promise<unknown> => {
    const statement = prepare(sql);
    return statement.readonly ? Promise.resolve(statement[kind](...params)) : writer.write({ kind, sql, params });
  };
  return {
    dialect: 'sqlite',
    all: async (sql, params = []) => query('all', sql, params) as never,
    get: async (sql, params = []) => query('get', sql, params) as never,
    run: async (sql, params = []) => void (await writer.write({ kind: 'run', sql, params })),
    batch: async (statements) => void (await writer.write({ kind: 'batch', statements })),
    close: async () => {
      await writer.close();
      db.close();
    },
  };
}

function writeInThread(db: BetterSqlite3.Database, options: GroupCommitOptions): WriteThread {
  const group = createGroupCommit(db, options);
  const perform = createWriteRunner(db);
  return {
    write: (write) => group.write(() => perform(write)),
    close: async () => group.flush(),
  };
}

export function migrate(db: BetterSqlite3.Database, migrations: Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  migrations.slice(current).forEach(({ sqlite }, i) => {
    db.transaction(() => {
      db.exec(sqlite);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
