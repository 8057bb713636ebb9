import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../runtimes/node/sqlite-store.js';
import type { AnswerDraft } from '../answer/types.js';
import { createChatService } from './chat-service.js';

const draft = (answer: string): AnswerDraft => ({
  answer,
  citations: [],
  refused: false,
  related: [],
  notices: [],
  mode: 'offline',
  language: 'en',
  query: answer,
  retrieval: { strategy: 'hybrid', language: 'en', hits: [], pinned: 0, group: null, missing: [], department: null },
});

describe('chat service', () => {
  it('puts two simultaneous replies in one Slack thread into the same conversation, both stored', async () => {
    const store = openSqliteStore(':memory:');
    const chat = createChatService({ store, answer: async (q) => draft(`echo ${q.message}`) });
    const [a, b] = await Promise.all([
      chat.ask({ message: 'first', channel: 'slack', externalKey: 'C1:1.1' }),
      chat.ask({ message: 'second', channel: 'slack', externalKey: 'C1:1.1' }),
    ]);
    expect(a.conversationId).toBe(b.conversationId);
    expect((await store.listMessages(a.conversationId)).map((m) => m.text).sort()).toEqual([
      'echo first',
      'echo second',
      'first',
      'second',
    ]);
  });

  it('stores nothing when the answer fails, and redacts what it stores', async () => {
    const store = openSqliteStore(':memory:');
    const failing = createChatService({ store, answer: async () => Promise.reject(new Error('down')) });
    await expect(failing.ask({ message: 'hi', channel: 'api' })).rejects.toThrow('down');
    expect((await store.stats()).answers).toBe(0);
    const chat = createChatService({ store, answer: async () => draft('ok') });
    const answer = await chat.ask({ message: 'mail li@example.com', channel: 'api' });
    expect((await store.listMessages(answer.conversationId))[0]!.text).toBe('mail [email removed]');
  });

  it('redacts a cached (frozen) answer each time it is served, and stores the same text each time', async () => {
    const store = openSqliteStore(':memory:');
    const shared = Object.freeze(draft('call 13812345678 or see Measure 10'));
    const chat = createChatService({ store, answer: async () => shared });
    const first = await chat.ask({ message: 'hi', channel: 'web' });
    const second = await chat.ask({ message: 'hi', channel: 'web' });
    for (const { conversationId } of [first, second]) {
      expect((await store.listMessages(conversationId))[1]!.text).toBe('call [phone removed] or see Measure 10');
    }
    expect(second.answer).toBe('call 13812345678 or see Measure 10');
  });

  it('stores a new conversation and its first exchange in one commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chat-service-'));
    const commits: number[] = [];
    const store = openSqliteStore(join(dir, 'assistant.db'), { onCommit: (writes) => commits.push(writes) });
    try {
      const chat = createChatService({ store, answer: async () => draft('ok') });
      const answer = await chat.ask({ message: 'hi', channel: 'api' });
      expect(commits).toEqual([1]);
      expect((await store.getConversation(answer.conversationId))?.channel).toBe('api');
      expect((await store.listMessages(answer.conversationId)).map((m) => m.text)).toEqual(['hi', 'ok']);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
