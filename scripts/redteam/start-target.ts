import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../src/channels/http/create-app.js';
import type { AppDeps } from '../../src/channels/http/deps.js';
import { parseConfig } from '../../src/core/config.js';
import { createNodeChannels, createNodeDeps, type NodeDeps } from '../../src/runtimes/node/create-node-deps.js';
import { startFakeOpenAi, type FakeOpenAi } from '../../test/fake-openai-server.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../test/fake-slack-api.js';

export const SLACK_SECRET = 'redteam-signing-secret';
export const ADMIN_TOKEN = 'redteam-admin-token';

export interface Target {
  /** The assistant's address on loopback. */
  base: string;
  model: FakeOpenAi;
  slack: FakeSlackApi;
  deps: NodeDeps;
  /** Serves another app over the same deps (another config, another logger) on its own port. */
  serveVariant(change: (deps: AppDeps) => AppDeps): Promise<{ base: string; close: () => void }>;
  close(): Promise<void>;
}

/** The real server in this process on 127.0.0.1, in LLM mode against the fake model, with Slack on against a fake Slack. */
export async function startTarget(): Promise<Target> {
  const model = await startFakeOpenAi();
  const slack = await startFakeSlackApi();
  const dir = mkdtempSync(join(tmpdir(), 'jingan-redteam-'));
  const config = parseConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    POLICY_TODAY: '2026-01-15',
    OPENAI_API_KEY: 'redteam',
    OPENAI_BASE_URL: model.url,
    OPENAI_TIMEOUT_MS: '8000',
    SLACK_BOT_TOKEN: 'xoxb-redteam',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_API_URL: slack.apiUrl,
    ADMIN_TOKEN,
    PUBLIC_URL: 'https://assistant.example.gov.cn',
  });
  const deps = await createNodeDeps(config);
  const channels = await createNodeChannels(deps);
  const servers: ServerType[] = [];
  const listen = async (fetch: (request: Request, env: unknown) => Response | Promise<Response>) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => void server.close() };
  };
  const { base } = await listen(createApp({ ...deps, channels }).fetch);
  return {
    base,
    model,
    slack,
    deps,
    serveVariant: (change) => listen(createApp(change({ ...deps, channels })).fetch),
    async close() {
      for (const server of servers) server.close();
      await Promise.all([model.close(), slack.close(), deps.store.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
