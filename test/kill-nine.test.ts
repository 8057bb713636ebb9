import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/runtimes/node/sqlite-store.js';
import { FROM_BUNDLE, FROM_SOURCES, killAll, killHard, startServerProcess } from './server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'kill-nine-'));

afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

const startServer = (args = FROM_SOURCES, processes = 1) => startServerProcess({ DATA_DIR: dir }, args, processes);

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('acknowledged writes survive kill -9', () => {
  it('keeps the conversation and the feedback after SIGKILL and a restart', { timeout: 60_000 }, async () => {
    const first = await startServer();
    const chat = await postJson(`${first.url}/api/chat`, { message: 'Can a technology company get a loan backed by its patents?' });
    expect(chat.status).toBe(200);
    const { conversationId, messageId, answer } = (await chat.json()) as { conversationId: string; messageId: string; answer: string };
    const feedback = await postJson(`${first.url}/api/feedback`, { conversationId, messageId, rating: 'down', comment: 'kill -9 check' });
    expect(feedback.status).toBe(201);
    await killHard(first);

    const second = await startServer();
    const res = await fetch(`${second.url}/api/conversations/${conversationId}`);
    expect(res.status).toBe(200);
    const conversation = (await res.json()) as { messages: Array<{ id: string; role: string; text: string }> };
    expect(conversation.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(conversation.messages[1]).toMatchObject({ id: messageId, text: answer });

    const store = openSqliteStore(join(dir, 'assistant.db'));
    try {
      expect(await store.getFeedback(messageId)).toMatchObject({ conversationId, rating: 'down', comment: 'kill -9 check' });
    } finally {
      await store.close();
    }
    await killHard(second);
  });

  it.each([
    { name: 'the bundle', args: FROM_BUNDLE, processes: 1 },
    { name: 'two cluster workers sharing the database', args: [...FROM_BUNDLE, '--workers', '2'], processes: 2 },
  ])('keeps every exchange of concurrent requests, which share commits, from $name', async ({ args, processes }) => {
    const server = await startServer(args, processes);
    const replies = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const res = await postJson(`${server.url}/api/chat`, { message: 'Who supports companies that go public?' });
        expect(res.status).toBe(200);
        return (await res.json()) as { conversationId: string; messageId: string };
      }),
    );
    await killHard(server);

    const store = openSqliteStore(join(dir, 'assistant.db'));
    try {
      for (const { conversationId, messageId } of replies) {
        expect((await store.listMessages(conversationId)).map((m) => m.id)).toEqual([expect.any(String), messageId]);
      }
    } finally {
      await store.close();
    }
  });
});
