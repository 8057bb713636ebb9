import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/channels/http/create-app.js';
import { parseConfig } from '../../src/core/config.js';
import { createNodeChannels, createNodeDeps } from '../../src/runtimes/node/create-node-deps.js';
import { createFakeHandoff } from './fake-handoff.js';

/**
 * The real server on a free port, with a fresh database and a fixed "today" so the validity notice
 * is stable. With `fakeHandoff`, the contract's hand-off routes are answered by test/e2e/fake-handoff.ts
 * in front of it (the server side of hand-off is built on another branch).
 */
export async function startWidgetServer({ fakeHandoff = false } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jingan-widget-e2e-'));
  const deps = await createNodeDeps(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', POLICY_TODAY: '2026-03-01' }));
  const app = createApp({ ...deps, channels: await createNodeChannels(deps) });
  const handoff = createFakeHandoff(deps.store);
  handoff.app.all('*', (c) => app.fetch(c.req.raw));
  const server = serve({ fetch: fakeHandoff ? handoff.app.fetch : app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await deps.store.close();
  };
  return { base, deps, close, handoff };
}
