// The SQLite write thread (see write-thread.ts). Plain JavaScript because it is loaded from
// source by new Worker(), with no TypeScript loader, from dist/ and under tsx alike.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { createGroupCommit, createWriteRunner } from './group-commit.mjs';

const Database = createRequire(import.meta.url)('better-sqlite3');
const db = new Database(workerData.file, { timeout: 2000 });
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${workerData.synchronous}`);
db.pragma('foreign_keys = ON');

const perform = createWriteRunner(db);
let commits = [];
const group = createGroupCommit(db, { onCommit: (writes) => commits.push(writes) });

// Errors cross the thread as plain data: structured cloning would drop SQLite's `code`.
const describe = (error) => ({ name: error?.name ?? 'Error', message: error?.message ?? String(error), code: error?.code });

parentPort.on('message', async (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  const settled = Promise.allSettled(message.map((write) => group.write(() => perform(write))));
  group.flush();
  const outcomes = (await settled).map((o) =>
    o.status === 'fulfilled' ? { ok: true, value: o.value } : { ok: false, error: describe(o.reason) },
  );
  parentPort.postMessage({ outcomes, commits });
  commits = [];
});
