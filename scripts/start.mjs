// `npm start`: runs the server from its esbuild bundle in dist/, rebuilding it first when any
// file that went into it changed, so the bundle is never stale. Development keeps tsx.
// `npm start -- --workers N` runs N server processes behind the port (node:cluster).
import { pathToFileURL } from 'node:url';
import { CLUSTER_BUNDLE, ensureServerBundle, SERVER_BUNDLE } from './build-server.mjs';

const clustered = process.argv.some((arg) => arg === '--workers' || arg.startsWith('--workers='));
if (await ensureServerBundle()) console.error('npm start: sources changed; rebuilt the server bundle');
// Stack traces point at the TypeScript sources.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(clustered ? CLUSTER_BUNDLE : SERVER_BUNDLE).href);
