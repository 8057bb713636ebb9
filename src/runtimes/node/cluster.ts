// Opt-in: N server processes behind one port (node:cluster), sharing the SQLite file in WAL
// mode. Run as `npm start -- --workers 2`, or under tsx: tsx src/runtimes/node/cluster.ts --workers 2
import cluster, { type Worker } from 'node:cluster';
import { parseArgs } from 'node:util';

if (cluster.isPrimary) {
  startPrimary(readWorkerCount(process.argv.slice(2)));
} else {
  await import('./server.js');
}

function readWorkerCount(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { workers: { type: 'string', default: '1' } }, strict: false });
  const count = Number(values.workers);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--workers takes a whole number of at least 1, not "${values.workers}"`);
    process.exit(2);
  }
  return count;
}

function startPrimary(count: number): void {
  let stopping = false;
  // The first worker starts alone, so that only it builds a missing index; the others find it built.
  const first = cluster.fork();
  first.once('listening', () => {
    for (let i = 1; i < count; i++) cluster.fork();
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.process.pid} exited (${code ?? signal}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
