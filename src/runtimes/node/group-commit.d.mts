import type BetterSqlite3 from 'better-sqlite3';
import type { SqlStatement, SqlValue } from '../../core/storage/sql-driver.js';

export interface GroupCommit {
  /** Queues a write; resolves with its result once the transaction that holds it has committed. */
  write<T>(work: () => T): Promise<T>;
  /** Commits what is queued now, without waiting for the next turn (before closing). */
  flush(): void;
}

export interface GroupCommitOptions {
  /** Called after each commit with the number of writes it held; tests count commits with it. */
  onCommit?: (writes: number) => void;
}

export function createGroupCommit(db: BetterSqlite3.Database, options?: GroupCommitOptions): GroupCommit;

/** A write as plain data, so that it can cross to the write thread. */
export type Write = { kind: 'all' | 'get' | 'run'; sql: string; params: SqlValue[] } | { kind: 'batch'; statements: SqlStatement[] };

export function createWriteRunner(db: BetterSqlite3.Database): (write: Write) => unknown;
