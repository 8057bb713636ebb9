import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from '../src/channels/http/create-app.js';
import { createSlackHandler } from '../src/channels/slack/create-slack-app.js';
import { createSlackChannel } from '../src/channels/slack/slack-routes.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import { BOT_USER_ID, signSlackRequest, startFakeSlackApi, type FakeSlackApi, type FakeSlackCall } from './fake-slack-api.js';
import { actionBody, commandBody, eventBody } from './slack-payloads.js';

const SECRET = 'test-signing-secret';

export interface SlackHarness {
  fake: FakeSlackApi;
  deps: NodeDeps;
  /** A signed Events API delivery. */
  sendEvent(eventId: string, event: Record<string, unknown>): Promise<Response>;
  /** A signed `/policy` command whose response URL is `fake.responseUrl(responseId)`. */
  sendCommand(text: string, responseId: string): Promise<Response>;
  /** A signed button click; `threadTs` when the clicked message sits in a thread. */
  sendAction(action: { action_id: string; value: string }, responseId: string, threadTs?: string): Promise<Response>;
  close(): Promise<void>;
}

/** The real app (core, store, Bolt) behind signed HTTP, talking to a fake Slack Web API. */
export async function startSlackHarness(): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-slack-')), LOG_LEVEL: 'silent' };
  const deps = await createNodeDeps(parseConfig(env));
  const config = parseConfig({ ...env, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
  const app = createApp({ ...deps, channels: [createSlackChannel(createSlackHandler({ ...deps, config }))] });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string, type: string) =>
    fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...signSlackRequest(SECRET, body) }, body });
  const form = 'application/x-www-form-urlencoded';
  return {
    fake,
    deps,
    sendEvent: (eventId, event) => post(eventBody(eventId, event), 'application/json'),
    sendCommand: (text, responseId) => post(commandBody(text, fake.responseUrl(responseId), `trigger-${responseId}`), form),
    sendAction: (action, responseId, threadTs) =>
      post(actionBody(action, fake.responseUrl(responseId), `trigger-${responseId}`, threadTs), form),
    async close() {
      server.close();
      await fake.close();
      await deps.store.close();
    },
  };
}

export const mention = (channel: string, ts: string, text: string, threadTs?: string) => ({
  type: 'app_mention',
  user: 'U1',
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel,
  event_ts: ts,
  ...(threadTs ? { thread_ts: threadTs } : {}),
});

export const threadReply = (channel: string, ts: string, threadTs: string, text: string) => ({
  type: 'message',
  channel,
  channel_type: 'channel',
  user: 'U1',
  text,
  ts,
  thread_ts: threadTs,
});

export const inChannel = (channel: string) => (call: FakeSlackCall) => call.args.channel === channel;
export const blocksOf = (call: FakeSlackCall) => JSON.stringify(call.args.blocks ?? []);
/** How long to wait before concluding that an ignored event really was ignored. */
export const quiet = () => new Promise((resolve) => setTimeout(resolve, 400));
