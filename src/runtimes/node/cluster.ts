// The entry `npm start` runs: one server process, or N behind one port (node:cluster) sharing the
// SQLite file in WAL mode, with `npm start -- --workers 2` or WEB_CONCURRENCY=2. The primary
// keeps the rate limit's buckets for all of them (cluster-buckets.ts).
// Measured on 2 cores: +50% chat throughput at 32 connections, none at 8, twice the memory.
import cluster, { type Worker } from 'node:cluster';
import { parseArgs } from 'node:util';
import { parseConfig } from '../../core/config.js';
import { serveClusterBuckets } from './cluster-buckets.js';
import { orExit } from './run-cli.js';

if (cluster.isPrimary) {
  const count = readWorkerCount(process.argv.slice(2)) ?? (await orExit('start', () => parseConfig(process.env))).webConcurrency;
  if (count === 1) await import('./server.js');
  else {
    serveClusterBuckets(cluster);
    startPrimary(count);
  }
} else {
  await import('./server.js');
}

/** The --workers flag, or null when it is not given. */
function readWorkerCount(argv: string[]): number | null {
  const { values } = parseArgs({ args: argv, options: { workers: { type: 'string' } }, strict: false });
  if (values.workers === undefined) return null;
  const count = Number(values.workers);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--workers takes a whole number of at least 1, not "${values.workers}"`);
    process.exit(2);
  }
  return count;
}

/**
 * Workers accept connections themselves from the shared socket (SCHED_NONE) instead of the
 * primary accepting each and handing it over (round robin, Node's default elsewhere than Windows).
 * A connection handed to a worker that has just died stays open in the primary, never answered,
 * until the client gives up; accepted by the worker itself, it dies with the worker and the
 * client sees the reset at once, while connections not yet accepted go to the survivors.
 */
function failFastOnWorkerDeath(): void {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
}

function startPrimary(count: number): void {
  failFastOnWorkerDeath();
  let stopping = false;
  const listened = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => listened.add(worker));
    return worker;
  };
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  // The first worker starts alone, so that only it builds a missing index; the others find it built.
  fork().once('listening', () => {
    for (let i = 1; i < count; i++) fork();
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (!stopping && listened.has(worker)) {
      console.error(`worker ${worker.process.pid} exited (${code ?? signal}); starting another`);
      fork();
      return;
    }
    // A worker that never listened failed at start-up (config, database): another would fail alike.
    if (!stopping) {
      process.exitCode = code || 1;
      stop();
    }
    // A worker can still be listed while its exit is reported.
    if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit();
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
