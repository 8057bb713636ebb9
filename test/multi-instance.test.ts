import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openPostgresStore, type PostgresBackend } from '../src/runtimes/node/postgres-store.js';
import { signSlackRequest, startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { createTestDatabase } from './postgres-server.js';
import { addExchange } from './store-fixtures.js';
import { killAll, killHard, type ServerProcess, startServerProcess } from './server-process.js';
import { eventBody } from './slack-payloads.js';

const server = inject('postgres');
const RATE_LIMIT = 4;
const SIGNING_SECRET = 'multi-instance-secret';
const HANDOFF_CHANNEL = 'CHANDOFF';

type Reply = { conversationId: string; messageId: string };

/** From a given client address: the servers trust X-Forwarded-For, as behind a load balancer. */
const postJson = (url: string, body: unknown, from: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, body: JSON.stringify(body) });

let clients = 0;
/** A client address of its own, so the load and the conversation checks never meet the rate limit. */
const newClient = () => `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients++ & 255}`;

// Two instances of the service, each with its own DATA_DIR as on two machines, on one database.
describe.skipIf(!server.url)(`two instances on one PostgreSQL${server.skipReason ? ` (skipped: ${server.skipReason})` : ''}`, () => {
  const dirs = [mkdtempSync(join(tmpdir(), 'multi-a-')), mkdtempSync(join(tmpdir(), 'multi-b-'))];
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let check: PostgresBackend;
  let slack: FakeSlackApi;
  let expired: Awaited<ReturnType<typeof addExchange>>;

  beforeAll(async () => {
    database = await createTestDatabase(server.url!);
    // Slack's Web API faked, so that hand-offs have a staff channel to go to.
    slack = await startFakeSlackApi();
    const env = (dir: string) => ({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_HANDOFF_CHANNEL: HANDOFF_CHANNEL,
      DATA_DIR: dir,
      DATABASE_URL: database.url,
      RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
      TRUST_PROXY: '1',
    });
    // A conversation past RETENTION_DAYS (180 by default), which the first instance purges as it starts.
    check = await openPostgresStore(database.url);
    expired = await addExchange(check.store, '2020-01-01T00:00:00.000Z');
    // One after the other only so that they do not build their indexes at once on two cores.
    a = await startServerProcess(env(dirs[0]!));
    b = await startServerProcess(env(dirs[1]!));
    check = await openPostgresStore(database.url);
  });
  afterAll(async () => {
    killAll();
    await slack?.close();
    await check?.store.close();
    await database?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('continues on one instance a conversation started on the other, and keeps feedback given to either', async () => {
    const client = newClient();
    const question = 'I am on 13812345678. Can a technology company get a loan backed by its patents?';
    const first = await postJson(`${a.url}/api/chat`, { message: question }, client);
    expect(first.status).toBe(200);
    const started = (await first.json()) as Reply;
    const second = await postJson(
      `${b.url}/api/chat`,
      { message: 'Which department handles that?', conversationId: started.conversationId },
      client,
    );
    expect(second.status).toBe(200);
    const continued = (await second.json()) as Reply;
    expect(continued.conversationId).toBe(started.conversationId);

    const feedback = [
      { url: a.url, messageId: continued.messageId, rating: 'up' },
      { url: b.url, messageId: started.messageId, rating: 'down' },
    ];
    for (const { url, messageId, rating } of feedback) {
      const res = await postJson(`${url}/api/feedback`, { conversationId: started.conversationId, messageId, rating }, client);
      expect(res.status).toBe(201);
    }

    for (const url of [a.url, b.url]) {
      const res = await fetch(`${url}/api/conversations/${started.conversationId}`);
      const { messages } = (await res.json()) as { messages: Array<{ id: string; role: string; text: string }> };
      expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      // Redacted before it was stored, as on SQLite: the same code path writes to either backend.
      expect(messages[0]!.text).toBe('I am on [phone removed]. Can a technology company get a loan backed by its patents?');
      expect(messages.map((m) => m.id)).toEqual([expect.any(String), started.messageId, expect.any(String), continued.messageId]);
    }
    expect(await check.store.getFeedback(continued.messageId)).toMatchObject({ rating: 'up' });
    expect(await check.store.getFeedback(started.messageId)).toMatchObject({ rating: 'down' });
  });

  it('takes hand-offs on either instance, and shows a staff reply on the other, once however often Slack delivers it', async () => {
    const handOffs = [];
    for (const [asked, handed] of [
      [a, b],
      [b, a],
    ] as const) {
      const client = newClient();
      const chat = await postJson(`${asked.url}/api/chat`, { message: 'What does Measure 10 support?' }, client);
      const { conversationId, messageId } = (await chat.json()) as Reply;
      const res = await postJson(`${handed.url}/api/handoff`, { conversationId, contact: 'wechat: li_wei' }, client);
      expect(res.status).toBe(202);
      const { handoffId } = (await res.json()) as { handoffId: string };
      handOffs.push({ conversationId, messageId, handoffId });
    }
    for (const { conversationId, handoffId } of handOffs) {
      expect(await check.store.getHandoff(handoffId)).toMatchObject({ conversationId, status: 'open', contact: 'wechat: li_wei' });
    }

    // Staff answer in the first hand-off's thread; Slack delivers the event to a, and again to b.
    const [first] = handOffs;
    const posted = await slack.waitForCalls('chat.postMessage', (c) => JSON.stringify(c.args.blocks ?? []).includes(first!.handoffId));
    const event = eventBody('EvMultiStaff1', {
      type: 'message',
      channel: HANDOFF_CHANNEL,
      channel_type: 'channel',
      user: 'U7',
      text: 'We can help with the patent loan.',
      ts: '1800000001.000200',
      thread_ts: posted[0]!.response.ts,
    });
    for (const instance of [a, b]) {
      const delivered = await fetch(`${instance.url}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signSlackRequest(SIGNING_SECRET, event) },
        body: event,
      });
      expect(delivered.status).toBe(200);
    }
    const staffOn = async (instance: ServerProcess) => {
      const res = await fetch(`${instance.url}/api/conversations/${first!.conversationId}/messages?after=${first!.messageId}`);
      return ((await res.json()) as { messages: Array<{ role: string; text: string }> }).messages;
    };
    await vi.waitFor(async () => expect(await staffOn(b)).toHaveLength(1), { timeout: 5000 });
    // Slack is answered before the event is handled: give a second copy the time to land, if it would.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await staffOn(a)).toEqual([expect.objectContaining({ role: 'staff', text: 'We can help with the patent loan.' })]);
  });

  it('purges conversations past retention on start, as on SQLite', async () => {
    await vi.waitFor(async () => expect(await check.store.getConversation(expired.conversationId)).toBeNull());
    expect(await check.store.listMessages(expired.conversationId)).toEqual([]);
  });

  it('gives a client its allowance once, whichever instance answers', async () => {
    const client = '203.0.113.50';
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++) {
      const res = await postJson(`${i % 2 ? b.url : a.url}/api/chat`, { message: 'What does Measure 10 support?' }, client);
      statuses.push(res.status);
      await res.body?.cancel();
    }
    // Each instance alone would allow RATE_LIMIT; together they allow RATE_LIMIT in all.
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(200), 429]);
  });

  it('loses no acknowledged write when one instance is killed -9 under load', async () => {
    const acknowledged: Array<Reply & { feedback: boolean }> = [];
    let killed = false;
    // Eight clients, each asking and rating in turn on instance a until it dies.
    const loop = async () => {
      while (!killed) {
        const client = newClient();
        try {
          const res = await postJson(`${a.url}/api/chat`, { message: 'Who supports companies that go public?' }, client);
          if (res.status !== 200) throw new Error(`chat answered ${res.status}`);
          const reply = (await res.json()) as Reply;
          const entry = { ...reply, feedback: false };
          acknowledged.push(entry);
          const rated = await postJson(`${a.url}/api/feedback`, { ...reply, rating: 'up' }, client);
          if (rated.status === 201) entry.feedback = true;
        } catch (error) {
          if (killed) return;
          throw error;
        }
      }
    };
    const loops = Array.from({ length: 8 }, loop);
    while (acknowledged.length < 24) await new Promise((resolve) => setTimeout(resolve, 10));
    killed = true;
    await killHard(a);
    await Promise.all(loops);

    expect(acknowledged.length).toBeGreaterThanOrEqual(24);
    for (const { conversationId, messageId, feedback } of acknowledged) {
      const res = await fetch(`${b.url}/api/conversations/${conversationId}`);
      expect(res.status).toBe(200);
      const { messages } = (await res.json()) as { messages: Array<{ id: string }> };
      expect(messages.map((m) => m.id)).toEqual([expect.any(String), messageId]);
      if (feedback) expect(await check.store.getFeedback(messageId)).toMatchObject({ conversationId, rating: 'up' });
    }
    // The survivor keeps answering and storing.
    const after = await postJson(`${b.url}/api/chat`, { message: 'Who supports companies that go public?' }, newClient());
    expect(after.status).toBe(200);
  });
});
