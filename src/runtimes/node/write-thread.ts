import { Worker } from 'node:worker_threads';
import type { GroupCommitOptions, Write } from './group-commit.mjs';

export interface WriteThread {
  /** Resolves with the write's result once the commit that holds it is on disk. */
  write(write: Write): Promise<unknown>;
  /** Waits for every queued write, then ends the thread. */
  close(): Promise<void>;
}

interface Pending {
  write: Write;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Reply = { outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: Record<string, unknown> }>; commits: number[] };

// Read from src/ even when this runs from dist/: both sit at the same depth below the root.
const SCRIPT = new URL('../../../src/runtimes/node/write-thread.mjs', import.meta.url);

/**
 * Group commit on a thread of its own: better-sqlite3 is synchronous, so each COMMIT's fsync
 * would stall every request on the event loop. Writes queued while a commit is on its way
 * to disk go together in the next one; a caller is answered only once its commit returned,
 * so synchronous=FULL keeps its promise. Reads stay on the caller's connection (WAL lets them
 * run beside the writer and see every acknowledged write). The thread keeps the process alive
 * only while writes are pending.
 */
export function startWriteThread(file: string, synchronous: 'FULL' | 'NORMAL', options: GroupCommitOptions = {}): WriteThread {
  const worker = new Worker(SCRIPT, { workerData: { file, synchronous } });
  worker.unref();
  let queue: Pending[] = [];
  let inFlight: Pending[] | null = null;
  let scheduled = false;
  let failure: Error | null = null;
  let drained: (() => void) | null = null;

  const send = () => {
    scheduled = false;
    if (inFlight || queue.length === 0) return;
    inFlight = queue;
    queue = [];
    worker.ref();
    worker.postMessage(inFlight.map((p) => p.write));
  };
  // On the next turn, so the writes that the settled callers make straight away join this group.
  const schedule = () => {
    if (queue.length > 0 && !scheduled) {
      scheduled = true;
      setImmediate(send);
    } else if (queue.length === 0 && !inFlight) {
      worker.unref();
      drained?.();
    }
  };
  const fail = (error: Error) => {
    failure = error;
    for (const pending of [...(inFlight ?? []), ...queue]) pending.reject(error);
    inFlight = null;
    queue = [];
    drained?.();
  };

  worker.on('message', ({ outcomes, commits }: Reply) => {
    const group = inFlight ?? [];
    inFlight = null;
    for (const [i, pending] of group.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(Object.assign(new Error(String(outcome.error.message)), outcome.error));
    }
    for (const writes of commits) options.onCommit?.(writes);
    schedule();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the SQLite write thread exited (${code})`)));

  return {
    write: (write) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ write, resolve, reject });
        if (!inFlight) schedule();
      }),
    async close() {
      if (inFlight || queue.length > 0) await new Promise<void>((resolve) => (drained = resolve));
      if (failure) return;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      worker.ref();
      await exited;
    },
  };
}
