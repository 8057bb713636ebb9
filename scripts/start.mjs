// `npm start`: runs the server from its esbuild bundle in dist/, rebuilding it first when any
// file that went into it changed, so the bundle is never stale. Development keeps tsx.
// `npm start -- --workers N` (or WEB_CONCURRENCY=N) runs N server processes behind the port.
import { pathToFileURL } from 'node:url';
import { CLUSTER_BUNDLE, ensureServerBundle } from './build-server.mjs';

/** How often the server checks that whoever started it is still there. */
const PARENT_CHECK_MS = 500;

// npm runs this through `sh -c`, and a `kill` on the npm process reaches only that shell, which
// dies without passing the signal on: the server would keep its port as an orphan. So when its
// parent goes, the server stops itself the way SIGTERM stops it (Ctrl-C reaches it directly).
if (process.env.npm_lifecycle_event === 'start') {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, PARENT_CHECK_MS).unref();
}

if (await ensureServerBundle()) console.error('npm start: sources changed; rebuilt the server bundle');
// Stack traces point at the TypeScript sources.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(CLUSTER_BUNDLE).href);
