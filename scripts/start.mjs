// `npm start`: runs the server from its esbuild bundle in dist/, rebuilding it first when any
// file that went into it changed, so the bundle is never stale. Development keeps tsx.
// `npm start -- --workers N` (or WEB_CONCURRENCY=N) runs N server processes behind the port.
import { pathToFileURL } from 'node:url';
import { CLUSTER_BUNDLE, ensureServerBundle } from './build-server.mjs';

if (await ensureServerBundle()) console.error('npm start: sources changed; rebuilt the server bundle');
// Stack traces point at the TypeScript sources.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(CLUSTER_BUNDLE).href);
