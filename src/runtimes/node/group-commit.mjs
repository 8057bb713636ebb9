// Plain JavaScript (types in group-commit.d.mts) because the SQLite write thread loads it from
// source, with no TypeScript loader, whether the server runs from dist/ or under tsx.

/**
 * Group commit: writes queued in the same event-loop turn run in one transaction with one
 * fsync, flushed on setImmediate. Each write runs inside its own savepoint, so a failing
 * statement rolls back and rejects only its own write. When the shared transaction fails as
 * a whole (an I/O error, a constraint checked at COMMIT), each write is retried alone so that
 * every caller gets its own outcome.
 * @param {import('better-sqlite3').Database} db
 * @param {import('./group-commit.d.mts').GroupCommitOptions} [options]
 * @returns {import('./group-commit.d.mts').GroupCommit}
 */
export function createGroupCommit(db, options = {}) {
  const sql = (text) => db.prepare(text);
  const begin = sql('BEGIN IMMEDIATE');
  const commit = sql('COMMIT');
  const rollback = sql('ROLLBACK');
  const savepoint = sql('SAVEPOINT w');
  const release = sql('RELEASE w');
  const rollbackTo = sql('ROLLBACK TO w');
  let queue = [];
  let scheduled = null;

  const runInSavepoint = (pending) => {
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

  const settle = (pending, outcome) => (outcome.ok ? pending.resolve(outcome.value) : pending.reject(outcome.error));

  const commitGroup = (group) => {
    try {
      begin.run();
    } catch (error) {
      // Busy past the timeout or unusable: retrying each write would only wait as long again.
      for (const pending of group) pending.reject(error);
      return;
    }
    let outcomes;
    try {
      outcomes = group.map(runInSavepoint);
      commit.run();
    } catch (error) {
      if (db.inTransaction) rollback.run();
      if (group.length === 1) group[0].reject(error);
      else for (const pending of group) commitGroup([pending]);
      return;
    }
    for (const [i, pending] of group.entries()) settle(pending, outcomes[i]);
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
    write(work) {
      return new Promise((resolve, reject) => {
        queue.push({ work, resolve, reject });
        scheduled ??= setImmediate(flush);
      });
    },
    flush,
  };
}

/**
 * Runs one queued write ({ kind: 'all' | 'get' | 'run', sql, params } or { kind: 'batch',
 * statements }) on `db`, each statement prepared once: the write thread and the in-memory
 * store queue the same plain data.
 * @param {import('better-sqlite3').Database} db
 */
export function createWriteRunner(db) {
  const prepared = new Map();
  const prepare = (sql) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
  return (write) => {
    if (write.kind === 'batch') {
      for (const { sql, params } of write.statements) prepare(sql).run(...params);
      return undefined;
    }
    const result = prepare(write.sql)[write.kind](...write.params);
    return write.kind === 'run' ? undefined : result;
  };
}
