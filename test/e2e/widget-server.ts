import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/channels/http/create-app.js';
import type { Contact } from '../../src/channels/http/handoff-contacts.js';
import { parseConfig } from '../../src/core/config.js';
import { type Corpus, createCorpus } from '../../src/core/corpus/corpus.js';
import { createNodeChannels, createNodeDeps } from '../../src/runtimes/node/create-node-deps.js';

export interface WidgetServerOptions {
  /** More environment, as the server would read it: the Slack settings of a hand-off desk, say. */
  env?: Record<string, string>;
  /** Contacts in every document's metadata, for the hand-off's 503 (the shipped document states none). */
  contacts?: (corpus: Corpus) => Contact[];
}

/**
 * The real server on a free port, with a fresh database and a fixed "today" so the validity notice
 * is stable.
 */
export async function startWidgetServer({ env = {}, contacts }: WidgetServerOptions = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'jingan-widget-e2e-'));
  const deps = await createNodeDeps(parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', POLICY_TODAY: '2026-03-01', ...env }));
  const corpus = contacts
    ? createCorpus(deps.corpus.documents.map((d) => ({ ...d, metadata: { ...d.metadata, contacts: contacts(deps.corpus) } })))
    : deps.corpus;
  const app = createApp({ ...deps, corpus, channels: await createNodeChannels(deps) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await deps.store.close();
  };
  return { base, deps, close };
}
