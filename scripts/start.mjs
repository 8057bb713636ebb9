// `npm start`: runs the server from its esbuild bundle in dist/, rebuilding it first when any
// file that went into it changed, so the bundle is never stale. Development keeps tsx.
import { pathToFileURL } from 'node:url';
import { ensureServerBundle, SERVER_BUNDLE } from './build-server.mjs';

if (await ensureServerBundle()) console.error('npm start: sources changed; rebuilt the server bundle');
// Stack traces point at the TypeScript sources.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(SERVER_BUNDLE).href);
