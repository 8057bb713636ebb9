import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { createSlackHandler } from '../src/channels/slack/create-slack-app.js';
import type { SlackDeps } from '../src/channels/slack/slack-deps.js';
import { createSlackChannel } from '../src/channels/slack/slack-routes.js';
import type { ChatService } from '../src/core/chat/chat-service.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import { BOT_ID, BOT_USER_ID, signSlackRequest, startFakeSlackApi, type FakeSlackApi, type FakeSlackCall } from './fake-slack-api.js';
import { actionBody, commandBody, eventBody } from './slack-payloads.js';

const SECRET = 'test-signing-secret';
const LOAN_QUESTION = 'Can a tech company get a loan backed by its patents?';
/** How long to wait before concluding that an ignored event really was ignored. */
const QUIET_MS = 400;

let fake: FakeSlackApi;
let deps: NodeDeps;
let slackDeps: SlackDeps;
/** The core's ask, swappable per test to hold or fail an answer. */
let ask: ChatService['ask'];
let server: ServerType;
let base: string;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-slack-')), LOG_LEVEL: 'silent' };
  deps = await createNodeDeps(parseConfig(env));
  const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl };
  slackDeps = { ...deps, config: parseConfig({ ...env, ...slackEnv }), chat: { ask: (input) => ask(input) } };
  // Mounted as the server mounts it: the Slack channel handed to createApp.
  const app = createApp({ ...deps, channels: [createSlackChannel(createSlackHandler(slackDeps))] });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  ask = deps.chat.ask;
});
afterAll(async () => {
  server.close();
  await fake.close();
  await deps.store.close();
});

const post = (body: string, type: string, headers: Record<string, string> = signSlackRequest(SECRET, body)) =>
  fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

const sendEvent = (eventId: string, event: Record<string, unknown>, extraHeaders: Record<string, string> = {}) => {
  const body = eventBody(eventId, event);
  return post(body, 'application/json', { ...signSlackRequest(SECRET, body), ...extraHeaders });
};

const commandBodyFor = (text: string, responseId: string) => commandBody(text, fake.responseUrl(responseId), `trigger-${responseId}`);
const sendCommand = (text: string, responseId: string) => post(commandBodyFor(text, responseId), 'application/x-www-form-urlencoded');

const sendAction = (action: { action_id: string; value: string }, responseId: string) =>
  post(actionBody(action, fake.responseUrl(responseId), 'trigger-1'), 'application/x-www-form-urlencoded');

const mention = (channel: string, ts: string, text = `<@${BOT_USER_ID}> ${LOAN_QUESTION}`) => ({
  type: 'app_mention',
  user: 'U1',
  text,
  ts,
  channel,
  event_ts: ts,
});

const inChannel = (channel: string) => (call: FakeSlackCall) => call.args.channel === channel;
const blocksOf = (call: FakeSlackCall) => JSON.stringify(call.args.blocks ?? []);
const buttonValue = (call: FakeSlackCall, actionId: string): string =>
  (call.args.blocks as any[]).flatMap((b) => b.elements ?? []).find((e: any) => e.action_id === actionId).value;
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));

describe('Slack over signed HTTP', () => {
  it('answers a mention in its thread, replacing "Answering..." with the cited answer', async () => {
    const res = await sendEvent('Ev100', mention('C1', '100.1'));
    expect(res.status).toBe(200);
    const [progress] = await fake.waitForCalls('chat.postMessage', inChannel('C1'));
    expect(progress!.args).toMatchObject({ channel: 'C1', thread_ts: '100.1', text: expect.stringMatching(/Answering/) });
    const [update] = await fake.waitForCalls('chat.update', inChannel('C1'));
    expect(update!.args.ts).toBe(progress!.response.ts);
    expect(blocksOf(update!)).toContain('*Measure 10*');
    expect(blocksOf(update!)).toContain("Jing'an District Investment Office");
    expect(blocksOf(update!)).not.toContain('[M10]');
    expect(await deps.store.findConversationByKey('slack', 'C1:100.1')).not.toBeNull();
  });

  it('acks before the answer is ready, and shows progress meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    ask = (input) => gate.then(() => deps.chat.ask(input));
    expect((await sendEvent('Ev400', mention('C4', '400.1'))).status).toBe(200);
    await fake.waitForCalls('chat.postMessage', inChannel('C4'));
    expect(fake.callsTo('chat.update', inChannel('C4'))).toHaveLength(0);
    release();
    await fake.waitForCalls('chat.update', inChannel('C4'));
  });

  it('replaces "Answering..." with an apology when the core fails', async () => {
    ask = () => Promise.reject(new Error('index unavailable'));
    await sendEvent('Ev450', mention('C45', '450.1'));
    const [update] = await fake.waitForCalls('chat.update', inChannel('C45'));
    expect(update!.args.text).toMatch(/^Sorry/);
  });

  it('survives a failing auth.test (bad token, Slack down) and tries again on the next event', async () => {
    const handler = createSlackHandler(slackDeps); // a fresh app, whose bot identity is not known yet
    const request = (eventId: string, event: Record<string, unknown>) => {
      const body = eventBody(eventId, event);
      return new Request('http://local/slack/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body) },
        body,
      });
    };
    fake.failNext('auth.test', 'invalid_auth');
    expect((await handler.handle(request('Ev500', mention('C5', '500.1')))).status).toBe(200);
    await quiet();
    expect(fake.callsTo('chat.postMessage', inChannel('C5'))).toHaveLength(0);
    expect((await handler.handle(request('Ev501', mention('C5', '501.1')))).status).toBe(200);
    await fake.waitForCalls('chat.update', inChannel('C5'));
  });

  it('continues the conversation from a reply in that thread', async () => {
    const before = await deps.store.findConversationByKey('slack', 'C1:100.1');
    await sendEvent('Ev101', {
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: 'U1',
      text: 'Who handles that?',
      ts: '100.2',
      thread_ts: '100.1',
    });
    const updates = await fake.waitForCalls('chat.update', inChannel('C1'), 2);
    expect(blocksOf(updates[1]!)).toContain('Investment Office');
    expect(fake.callsTo('chat.postMessage', inChannel('C1')).at(-1)!.args.thread_ts).toBe('100.1');
    const after = await deps.store.findConversationByKey('slack', 'C1:100.1');
    expect(after!.id).toBe(before!.id);
    expect(await deps.store.listMessages(after!.id)).toHaveLength(4);
  });

  it('ignores replies in threads it never answered, and its own messages', async () => {
    const posted = fake.callsTo('chat.postMessage').length;
    await sendEvent('Ev102', {
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: 'U1',
      text: 'Anyone?',
      ts: '555.2',
      thread_ts: '555.1',
    });
    await sendEvent('Ev103', {
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      text: 'Answering...',
      ts: '100.3',
      thread_ts: '100.1',
    });
    await sendEvent('Ev104', {
      type: 'message',
      subtype: 'bot_message',
      channel: 'D1',
      channel_type: 'im',
      bot_id: BOT_ID,
      text: 'hi',
      ts: '100.4',
    });
    await sendEvent('Ev105', { type: 'message', channel: 'D1', channel_type: 'im', user: BOT_USER_ID, text: 'my own answer', ts: '100.5' });
    await quiet();
    expect(fake.callsTo('chat.postMessage')).toHaveLength(posted);
  });

  it('answers a direct message, keyed by the DM channel', async () => {
    await sendEvent('Ev200', {
      type: 'message',
      channel: 'D2',
      channel_type: 'im',
      user: 'U1',
      text: 'What does measure 10 say?',
      ts: '200.1',
    });
    const [progress] = await fake.waitForCalls('chat.postMessage', inChannel('D2'));
    expect(progress!.args.thread_ts).toBeUndefined();
    const [update] = await fake.waitForCalls('chat.update', inChannel('D2'));
    expect(blocksOf(update!)).toContain('Measure 10');
    expect(await deps.store.findConversationByKey('slack', 'D2')).not.toBeNull();
  });

  it('answers a delivery once: its retries and repeats are acked and skipped', async () => {
    await sendEvent('Ev300', mention('C3', '300.1'));
    await fake.waitForCalls('chat.update', inChannel('C3'));
    const retry = await sendEvent('Ev300', mention('C3', '300.1'), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    const repeat = await sendEvent('Ev300', mention('C3', '300.1'));
    expect(repeat.status).toBe(200);
    await quiet();
    expect(fake.callsTo('chat.postMessage', inChannel('C3'))).toHaveLength(1);
    expect(fake.callsTo('chat.update', inChannel('C3'))).toHaveLength(1);
  });

  it('answers a retry of an event it never received (the first attempt was lost), once', async () => {
    const retry = () => sendEvent('Ev310', mention('C31', '310.1'), { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' });
    expect((await retry()).status).toBe(200);
    await fake.waitForCalls('chat.update', inChannel('C31'));
    expect((await retry()).status).toBe(200);
    await quiet();
    expect(fake.callsTo('chat.postMessage', inChannel('C31'))).toHaveLength(1);
  });

  it('answers concurrent deliveries of one event once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => sendEvent('Ev320', mention('C32', '320.1'), { 'x-slack-retry-num': String(n) })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    await fake.waitForCalls('chat.update', inChannel('C32'));
    await quiet();
    expect(fake.callsTo('chat.postMessage', inChannel('C32'))).toHaveLength(1);
  });
});

describe('/policy and buttons', () => {
  it('answers a question privately with a "Share in channel" button, and shares it on click', async () => {
    const res = await sendCommand(LOAN_QUESTION, 'cmd1');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/Looking up/) });
    const [reply] = await fake.waitForCalls('response_url', (c) => c.id === 'cmd1');
    expect(reply!.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blocksOf(reply!)).toContain('share_answer');
    expect(blocksOf(reply!)).toContain('*Measure 10*');

    await sendAction({ action_id: 'share_answer', value: buttonValue(reply!, 'share_answer') }, 'share1');
    const [shared, removed] = await fake.waitForCalls('response_url', (c) => c.id === 'share1', 2);
    expect(shared!.args.response_type).toBe('in_channel');
    expect(blocksOf(shared!)).toContain(`<@U1> asked: ${LOAN_QUESTION}`);
    expect(blocksOf(shared!)).toContain('Investment Office');
    expect(blocksOf(shared!)).not.toContain('share_answer');
    expect(removed!.args).toEqual({ delete_original: true });
  });

  it('answers a replayed /policy command (same signed body, same trigger id) once', async () => {
    const body = commandBodyFor(LOAN_QUESTION, 'cmd-replay');
    const headers = signSlackRequest(SECRET, body);
    const first = await post(body, 'application/x-www-form-urlencoded', headers);
    expect(await first.json()).toMatchObject({ text: expect.stringMatching(/Looking up/) });
    await fake.waitForCalls('response_url', (c) => c.id === 'cmd-replay');
    const replay = await post(body, 'application/x-www-form-urlencoded', headers);
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    await quiet();
    expect(fake.callsTo('response_url', (c) => c.id === 'cmd-replay')).toHaveLength(1);
  });

  it('shows a measure, an unknown measure, and help', async () => {
    const measure = await (await sendCommand('measure 10', 'cmd2')).json();
    expect(measure.response_type).toBe('ephemeral');
    expect(JSON.stringify(measure.blocks)).toContain('Measure 10: Enhancing technology finance');
    expect(JSON.stringify(measure.blocks)).toContain("Jing'an District Investment Office");
    const missing = await (await sendCommand('measure 99', 'cmd3')).json();
    expect(missing.text).toMatch(/There is no Measure 99/);
    const help = await (await sendCommand('', 'cmd4')).json();
    expect(help.response_type).toBe('ephemeral');
    expect(JSON.stringify(help.blocks)).toContain('/policy measure 10');
  });

  it('records 👎 feedback in the store', async () => {
    const [update] = await fake.waitForCalls('chat.update', inChannel('C1'));
    const value = buttonValue(update!, 'feedback_down');
    const res = await sendAction({ action_id: 'feedback_down', value }, 'fb1');
    expect(res.status).toBe(200);
    const [thanks] = await fake.waitForCalls('response_url', (c) => c.id === 'fb1');
    expect(thanks!.args.text).toMatch(/Thanks/);
    expect((await deps.store.getFeedback(JSON.parse(value).messageId))!.rating).toBe('down');
  });

  it('opens the full section text in a modal', async () => {
    await sendAction({ action_id: 'view_section:M10', value: 'M10' }, 'view1');
    const [opened] = await fake.waitForCalls('views.open');
    expect(opened!.args.trigger_id).toBe('trigger-1');
    expect(opened!.args.view.type).toBe('modal');
    const m10 = deps.corpus.sectionById.get('M10')!;
    expect(JSON.stringify(opened!.args.view.blocks)).toContain(JSON.stringify(m10.text.slice(0, 60)).slice(1, -1));
  });

  it('says the Chinese is our own translation on /policy 措施10, in the full-text view and on a shared Chinese answer', async () => {
    const notice = deps.corpus.documents[0]!.translations.zh!.notice;
    const measure = await (await sendCommand('措施10', 'cmd-zh')).json();
    expect(JSON.stringify(measure.blocks)).toContain('措施10');
    expect(JSON.stringify(measure.blocks)).toContain(notice);
    await sendAction({ action_id: 'view_section:M10', value: JSON.stringify({ id: 'M10', language: 'zh' }) }, 'view-zh');
    const [opened] = await fake.waitForCalls('views.open', (c) => JSON.stringify(c.args.view.blocks).includes(notice));
    expect(opened!.args.view.type).toBe('modal');
    await sendCommand('科技企业能用专利质押贷款吗？', 'cmd-zh-ask');
    const [reply] = await fake.waitForCalls('response_url', (c) => c.id === 'cmd-zh-ask');
    expect(blocksOf(reply!)).toContain(notice);
    await sendAction({ action_id: 'share_answer', value: buttonValue(reply!, 'share_answer') }, 'share-zh');
    const [shared] = await fake.waitForCalls('response_url', (c) => c.id === 'share-zh', 2);
    expect(shared!.args.response_type).toBe('in_channel');
    expect(blocksOf(shared!)).toContain(notice);
  });
});

describe('request verification', () => {
  it('answers the url_verification challenge', async () => {
    const res = await post(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }), 'application/json');
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const res = await post(JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(1024 * 1024) }), 'application/json');
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it.each([
    ['a bad signature', (body: string) => ({ ...signSlackRequest(SECRET, body), 'x-slack-signature': 'v0=deadbeef' }), 'invalid_signature'],
    ['another secret', (body: string) => signSlackRequest('not-the-secret', body), 'invalid_signature'],
    [
      'a stale timestamp (6 minutes old)',
      (body: string) => signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60),
      'stale_request',
    ],
    ['no signature', () => ({}), 'missing_signature'],
  ])('refuses %s with 401 and answers nothing', async (_name, sign, code) => {
    const body = eventBody('Ev900', mention('C900', '900.1'));
    const res = await post(body, 'application/json', sign(body));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe(code);
    await quiet();
    expect(fake.callsTo('chat.postMessage', inChannel('C900'))).toHaveLength(0);
  });
});
