import type BetterSqlite3 from 'better-sqlite3';

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

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit: writes queued in the same event-loop turn run in one transaction with one
 * fsync, flushed on setImmediate. Each write runs inside its own savepoint, so a failing
 * statement rolls back and rejects only its own write. When the shared transaction fails as
 * a whole (an I/O error, a constraint checked at COMMIT), each write is retried alone so that
 * every caller gets its own outcome.
 */
export function createGroupCommit(db: BetterSqlite3.Database, options: GroupCommitOptions = {}): GroupCommit {
  const sql = (text: string) => db.prepare(text);
  const begin = sql('BEGIN IMMEDIATE');
  const commit = sql('COMMIT');
  const rollback = sql('ROLLBACK');
  const savepoint = sql('SAVEPOINT w');
  const release = sql('RELEASE w');
  const rollbackTo = sql('ROLLBACK TO w');
  let queue: Pending[] = [];
  let scheduled: NodeJS.Immediate | null = null;

  const runInSavepoint = (pending: Pending): Outcome => {
    savepoint.run();
    try {
      const value = pending.work();
      release.run();
      return { ok: true, value };
    } catch (error) {
      // SQLite may have rolled back the whole transaction (SQLITE_FULL, I/O errors): the group is lost.
      if (!db.inTransaction) throw error;
      rollbackTo.run();
      release.run();
      return { ok: false, error };
    }
  };

  const settle = (pending: Pending, outcome: Outcome) => (outcome.ok ? pending.resolve(outcome.value) : pending.reject(outcome.error));

  const commitGroup = (group: Pending[]): void => {
    try {
      begin.run();
    } catch (error) {
      // Busy past the timeout or unusable: retrying each write would only wait as long again.
      for (const pending of group) pending.reject(error);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = group.map(runInSavepoint);
      commit.run();
    } catch (error) {
      if (db.inTransaction) rollback.run();
      if (group.length === 1) group[0]!.reject(error);
      else for (const pending of group) commitGroup([pending]);
      return;
    }
    for (const [i, pending] of group.entries()) settle(pending, outcomes[i]!);
    options.onCommit?.(group.length);
  };

  const flush = () => {
    if (scheduled) clearImmediate(scheduled);
    scheduled = null;
    const group = queue;
    queue = [];
    if (group.length > 0) commitGroup(group);
  };

  return {
    write<T>(work: () => T) {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        scheduled ??= setImmediate(flush);
      });
    },
    flush,
  };
}
