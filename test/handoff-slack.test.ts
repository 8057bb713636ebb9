import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { createSlackHandler } from '../src/channels/slack/create-slack-app.js';
import { createSlackChannel } from '../src/channels/slack/slack-routes.js';
import { parseConfig } from '../src/core/config.js';
import { createCorpus } from '../src/core/corpus/corpus.js';
import { parseDataset } from '../src/evals/dataset.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import { BOT_ID, BOT_USER_ID, signSlackRequest, startFakeSlackApi, type FakeSlackApi, type FakeSlackCall } from './fake-slack-api.js';
import { actionBody, eventBody } from './slack-payloads.js';

// Hand-off end to end over HTTP: the real API, store and Bolt app on signed requests; only Slack's Web API is faked.

const SECRET = 'test-signing-secret';
const HANDOFF_CHANNEL = 'CHANDOFF';
const ADMIN_TOKEN = 'admin-secret';
const LOAN_QUESTION = 'Can a tech company get a loan backed by its patents?';

let fake: FakeSlackApi;
let deps: NodeDeps;
let server: ServerType;
let base: string;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const env = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-handoff-')),
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
    ADMIN_TOKEN,
  };
  // Wired as the server wires it: the runtime gives the HTTP API the Slack desk through its deps.
  deps = await createNodeDeps(parseConfig(env));
  const app = createApp({ ...deps, channels: [createSlackChannel(createSlackHandler(deps))] });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await fake.close();
  await deps.store.close();
});

const postJson = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const postSlack = (body: string, type: string, headers: Record<string, string> = signSlackRequest(SECRET, body)) =>
  fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });

const sendEvent = (eventId: string, event: Record<string, unknown>) => postSlack(eventBody(eventId, event), 'application/json');

const sendAction = (action: { action_id: string; value: string }, responseId: string) =>
  postSlack(actionBody(action, fake.responseUrl(responseId), `trigger-${responseId}`), 'application/x-www-form-urlencoded');

interface ListedMessage {
  id: string;
  role: string;
  text: string;
  at: string;
  author?: string;
}

async function messagesAfter(conversationId: string, after: string): Promise<ListedMessage[]> {
  const res = await fetch(`${base}/api/conversations/${conversationId}/messages?after=${after}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: ListedMessage[] }).messages;
}

/** Polls as the widget does, bounded: the staff reply must show within the 5 seconds the issue allows. */
async function waitForStaff(conversationId: string, after: string, count: number): Promise<ListedMessage[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const staff = (await messagesAfter(conversationId, after)).filter((m) => m.role === 'staff');
    if (staff.length >= count || Date.now() > deadline) return staff;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const quiet = () => new Promise((resolve) => setTimeout(resolve, 400));
const inHandoffChannel = (call: FakeSlackCall) => call.args.channel === HANDOFF_CHANNEL;
const blocksOf = (call: FakeSlackCall) => JSON.stringify(call.args.blocks ?? []);
const actionIds = (call: FakeSlackCall): string[] =>
  (call.args.blocks as Array<{ elements?: Array<{ action_id?: string }> }>)
    .flatMap((b) => b.elements ?? [])
    .flatMap((e) => e.action_id ?? []);

/** A conversation on the widget, handed to staff; returns where its Slack message is. */
async function handOff(question: string, request: { contact?: string; note?: string } = {}) {
  const asked = (await (await postJson('/api/chat?channel=web', { message: question })).json()) as {
    conversationId: string;
    messageId: string;
    citations: Array<{ id: string }>;
  };
  const before = fake.callsTo('chat.postMessage', inHandoffChannel).length;
  const res = await postJson('/api/handoff', { conversationId: asked.conversationId, ...request });
  expect(res.status).toBe(202);
  const accepted = (await res.json()) as { handoffId: string; status: string };
  const posted = (await fake.waitForCalls('chat.postMessage', inHandoffChannel, before + 1))[before]!;
  return { ...asked, ...accepted, posted, threadTs: posted.response.ts as string };
}

let replies = 0;
/** A thread reply in the hand-off channel, by a person unless the fields say otherwise. */
const reply = (threadTs: string, text: string, fields: Record<string, unknown> = {}) => {
  replies += 1;
  return {
    type: 'message',
    channel: HANDOFF_CHANNEL,
    channel_type: 'channel',
    user: 'U7',
    text,
    ts: `1800000${replies}.000200`,
    thread_ts: threadTs,
    ...fields,
  };
};

describe('hand-off to staff in Slack', () => {
  it('posts the conversation once, with the question, the measures by name, the contact, the note and the buttons', async () => {
    const { conversationId, handoffId, status, posted, citations } = await handOff(LOAN_QUESTION, {
      contact: 'wechat: li_wei_2025',
      note: 'Please call me at 13812345678 about the loan.',
    });
    expect(status).toBe('open');
    expect(handoffId).toMatch(/^h_/);
    const blocks = blocksOf(posted);
    expect(blocks).toContain(LOAN_QUESTION);
    expect(blocks).toContain('Measures cited');
    expect(citations.length).toBeGreaterThan(0);
    expect(blocks).toContain(deps.corpus.sectionById.get(citations[0]!.id)!.title);
    expect(blocks).toContain('wechat: li_wei_2025');
    // The note is stored and shown redacted, as every stored text is.
    expect(blocks).toContain('[phone removed]');
    expect(blocks).not.toContain('13812345678');
    expect(actionIds(posted)).toEqual(['handoff_take', 'handoff_resolve']);
    // Asking again while staff have it returns the same hand-off and posts nothing new.
    const again = await postJson('/api/handoff', { conversationId });
    expect(await again.json()).toEqual({ handoffId, status: 'open' });
    await quiet();
    expect(fake.callsTo('chat.postMessage', inHandoffChannel).filter((c) => blocksOf(c).includes(handoffId))).toHaveLength(1);
  });

  it("adds a person's reply in the hand-off's thread to the conversation as a staff message, and the bot does not answer it", async () => {
    const { conversationId, messageId, threadTs } = await handOff('哪个部门负责科技金融？');
    const res = await sendEvent(
      'EvStaff1',
      reply(threadTs, 'Have you registered the patents? Call us at 021-62345678.', {
        user_profile: { display_name: 'Li Wei', real_name: 'Li Wei' },
      }),
    );
    expect(res.status).toBe(200);
    const staff = await waitForStaff(conversationId, messageId, 1);
    expect(staff).toEqual([
      {
        id: expect.stringMatching(/^m_/),
        role: 'staff',
        text: 'Have you registered the patents? Call us at [phone removed].',
        at: expect.any(String),
        author: 'Li Wei',
      },
    ]);
    // Polling after the staff message returns nothing new.
    expect(await messagesAfter(conversationId, staff[0]!.id)).toEqual([]);
    await quiet();
    expect(fake.callsTo('chat.postMessage', (c) => c.args.thread_ts === threadTs)).toHaveLength(0);
  });

  it("never adds a bot's message, the app's own, an edit, or a reply in another thread or channel", async () => {
    const { conversationId, messageId, threadTs } = await handOff('What does Measure 10 say?');
    const other = await handOff('What does Measure 12 say?');
    const ignored = [
      reply(threadTs, 'A bot writes.', { bot_id: 'B9', subtype: 'bot_message', user: undefined }),
      reply(threadTs, 'Another app with a user id.', { bot_id: 'B9' }),
      reply(threadTs, 'The app itself.', { user: BOT_USER_ID, bot_id: BOT_ID }),
      reply(threadTs, 'An edit.', { subtype: 'message_changed' }),
      reply('1700009999.000100', 'A reply in another thread.'),
      { ...reply(threadTs, 'The same thread ts in another channel.'), channel: 'COTHER' },
      reply(threadTs, 'A top-level message.', { thread_ts: undefined }),
      // A question for the bot, which it answers in the thread as usual.
      reply(threadTs, `<@${BOT_USER_ID}> what does Measure 10 say?`),
    ];
    for (const [i, event] of ignored.entries()) expect((await sendEvent(`EvIgnored${i}`, event)).status).toBe(200);
    // A reply in the other hand-off's thread reaches that conversation only.
    await sendEvent('EvOther', reply(other.threadTs, 'This one is for the other enterprise.'));
    expect(await waitForStaff(other.conversationId, other.messageId, 1)).toHaveLength(1);
    await quiet();
    expect(await messagesAfter(conversationId, messageId)).toEqual([]);
  });

  it('changes nothing on a forged signature, and stores a replayed reply once', async () => {
    const { conversationId, messageId, threadTs } = await handOff('Which measures support biomedicine?');
    const body = eventBody('EvForged', reply(threadTs, 'Forged.'));
    for (const headers of [
      { ...signSlackRequest(SECRET, body), 'x-slack-signature': 'v0=deadbeef' },
      signSlackRequest('not-the-secret', body),
      signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60),
      {},
    ]) {
      expect((await postSlack(body, 'application/json', headers)).status).toBe(401);
    }
    const genuine = reply(threadTs, 'We will call you tomorrow.');
    const first = eventBody('EvReplayed', genuine);
    expect((await postSlack(first, 'application/json')).status).toBe(200);
    expect(await waitForStaff(conversationId, messageId, 1)).toHaveLength(1);
    // The same delivery again (Slack's retry, or a replay re-signed within five minutes), and the
    // same reply under a new event id: neither adds a second message.
    expect((await postSlack(first, 'application/json')).status).toBe(200);
    expect((await sendEvent('EvReplayedAgain', genuine)).status).toBe(200);
    await quiet();
    const staff = (await messagesAfter(conversationId, messageId)).filter((m) => m.role === 'staff');
    expect(staff.map((m) => m.text)).toEqual(['We will call you tomorrow.']);
  });

  it('"I\'ll take it" and "Resolved" move the status once and redraw the message; a replayed click changes nothing', async () => {
    const { conversationId, handoffId, threadTs } = await handOff('Who is responsible for technology finance?');
    const updates = () => fake.callsTo('chat.update', (c) => c.args.ts === threadTs && c.args.channel === HANDOFF_CHANNEL);
    expect((await sendAction({ action_id: 'handoff_take', value: handoffId }, 'take-1')).status).toBe(200);
    const [taken] = await fake.waitForCalls('chat.update', (c) => c.args.ts === threadTs);
    expect(blocksOf(taken!)).toContain('Taken by <@U1>');
    expect(actionIds(taken!)).toEqual(['handoff_resolve']);
    expect(await deps.store.getHandoff(handoffId)).toMatchObject({ status: 'taken', staffUser: 'U1' });

    expect((await sendAction({ action_id: 'handoff_take', value: handoffId }, 'take-2')).status).toBe(200);
    await fake.waitForCalls('response_url', (c) => c.id === 'take-2');
    expect(await deps.store.getHandoff(handoffId)).toMatchObject({ status: 'taken' });

    await sendAction({ action_id: 'handoff_resolve', value: handoffId }, 'resolve-1');
    const resolved = (await fake.waitForCalls('chat.update', (c) => c.args.ts === threadTs, 3)).at(-1)!;
    expect(blocksOf(resolved)).toContain('Resolved by <@U1>');
    expect(actionIds(resolved)).toEqual([]);
    expect(updates().length).toBe(3);
    expect(await deps.store.getHandoff(handoffId)).toMatchObject({ status: 'resolved' });
    // A resolved hand-off no longer holds the conversation: asking again posts a new one.
    const again = (await (await postJson('/api/handoff', { conversationId })).json()) as { handoffId: string; status: string };
    expect(again.status).toBe('open');
    expect(again.handoffId).not.toBe(handoffId);
  });
});

describe('hand-offs in admin', () => {
  const admin = (path: string) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

  it('lists hand-offs with their status and staff replies, and exports staff answers as eval lines without `expected`', async () => {
    const first = await handOff('What does Measure 10 say?', { contact: '13812345678', note: 'Need help' });
    await postJson('/api/chat?channel=web', { message: 'Who handles that?', conversationId: first.conversationId });
    await sendEvent('EvAdmin1', reply(first.threadTs, 'The Investment Office handles it; we will call you.'));
    expect(await waitForStaff(first.conversationId, first.messageId, 1)).toHaveLength(1);
    await sendAction({ action_id: 'handoff_take', value: first.handoffId }, 'admin-take');
    await fake.waitForCalls('chat.update', (c) => c.args.ts === first.threadTs);

    const listed = (await (await admin('/admin/handoffs')).json()) as Array<Record<string, unknown>>;
    expect(listed.find((h) => h.id === first.handoffId)).toMatchObject({
      status: 'taken',
      staffReplies: 1,
      question: 'What does Measure 10 say?',
      contact: '[phone removed]',
    });
    const page = await (await admin('/admin')).text();
    const section = page.split('<section id="handoffs">')[1]!.split('</section>')[0]!;
    expect(section).toContain('taken');
    expect(section).toContain('The Investment Office handles it; we will call you.');
    expect(section).not.toContain('13812345678');

    const res = await admin('/admin/handoffs/export');
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const line = lines.find((l) => l.id === `handoff_${first.handoffId}`);
    expect(line).toMatchObject({
      question: 'What does Measure 10 say?',
      kind: 'paraphrase',
      cited: ['M10'],
      staff: ['The Investment Office handles it; we will call you.'],
    });
    expect(line).not.toHaveProperty('expected');
    // Hand-offs without a staff reply are not exported: there is no answer to learn from.
    expect(lines.every((l) => (l.staff as string[]).length > 0)).toBe(true);
    const { cases, problems } = parseDataset(JSON.stringify({ ...line, expected: ['M10'] }));
    expect(problems).toEqual([]);
    expect(cases).toHaveLength(1);
  });
});

describe('hand-off without a reachable hand-off channel', () => {
  it("answers 503 with the cited departments' contacts and the 12345 hotline when Slack fails", async () => {
    const asked = (await (await postJson('/api/chat?channel=web', { message: LOAN_QUESTION })).json()) as { conversationId: string };
    fake.failNext('chat.postMessage', 'channel_not_found');
    const res = await postJson('/api/handoff', { conversationId: asked.conversationId });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string }; contacts: Array<{ phone?: string }> };
    expect(body.error.code).toBe('handoff_unavailable');
    expect(body.contacts.at(-1)?.phone).toBe('12345');
    expect(await deps.store.findActiveHandoff(asked.conversationId)).toBeNull();
  });

  it("answers 503 with contacts from the documents' metadata when no hand-off channel is configured", async () => {
    const asked = (await (await postJson('/api/chat?channel=web', { message: LOAN_QUESTION })).json()) as {
      conversationId: string;
      citations: Array<{ id: string }>;
    };
    const department = deps.corpus.sectionById.get(asked.citations[0]!.id)!.departments[0]!;
    // A fixture: the shipped document states no contacts.
    const contact = { department, phone: '021-0000 0000', url: 'https://example.gov.cn/contact' };
    const corpus = createCorpus(
      deps.corpus.documents.map((d) => ({
        ...d,
        metadata: { ...d.metadata, contacts: [contact, { department: 'Unrelated Office', phone: '1' }] },
      })),
    );
    const app = createApp({ ...deps, corpus, handoffDesk: undefined });
    const res = await app.request('/api/handoff', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: asked.conversationId, contact: 'li@example.com' }),
    });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { contacts: unknown[] };
    expect(body.contacts).toEqual([contact, { department: expect.stringContaining('12345'), phone: '12345' }]);
  });
});
