import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { createId } from '../../core/storage/ids.js';
import { MIGRATIONS } from '../../core/storage/migrations.js';
import type { Store } from '../../core/storage/store.js';
import { migrate, openSqliteStore } from './sqlite-store.js';
import { addExchange } from '../../../test/store-fixtures.js';

let dir: string;
let file: string;
const open: Store[] = [];
const openStore = () => {
  const store = openSqliteStore(file);
  open.push(store);
  return store;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  file = join(dir, 'assistant.db');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => {})));
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('creates every table from an empty file', async () => {
    openStore();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['conversations', 'messages', 'feedback']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('upgrades a database from the previous version and keeps its data', async () => {
    // openSqliteStore(file, older) cannot be used here: its statements are prepared for the latest schema.
    const db = new Database(file);
    migrate(db, MIGRATIONS.slice(0, -1));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length - 1);
    db.prepare("INSERT INTO conversations (id, channel, created_at) VALUES ('c_old', 'web', '2025-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES ('m_old', 'c_old', 'user', 'hello', '2025-01-01T00:00:00.000Z')").run();
    db.close();

    const store = openStore();
    expect(await store.getConversation('c_old')).toEqual({ id: 'c_old', channel: 'web', externalKey: null, createdAt: '2025-01-01T00:00:00.000Z' });
    expect((await store.listMessages('c_old')).map((m) => m.text)).toEqual(['hello']);
    await store.createConversation({ id: 'c_slack', channel: 'slack', externalKey: 'T1:C1:123.456', createdAt: '2025-01-02T00:00:00.000Z' });
    expect((await store.findConversationByKey('slack', 'T1:C1:123.456'))?.id).toBe('c_slack');
  });
});

describe('the SQLite store', () => {
  it('round-trips messages with citations, notices and the retrieval trace, and persists across reopen', async () => {
    const store = openStore();
    const trace = { strategy: 'hybrid', retrieved: [{ id: 'M10', score: 0.83 }, { id: 'M12', score: 0.41 }] };
    const { conversationId, user, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z', { notices: ['validity'], refused: false, trace });
    await store.close();
    expect(await openStore().listMessages(conversationId)).toEqual([user, assistant]);
  });

  it('stores both turns or neither', async () => {
    const store = openStore();
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const duplicate = { ...assistant, text: 'again' };
    await expect(store.addMessages([{ ...assistant, id: createId('m') }, duplicate])).rejects.toThrow();
    expect(await store.listMessages(conversationId)).toHaveLength(2);
  });

  it('replaces a repeated rating and refuses an unknown message', async () => {
    const store = openStore();
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const feedback = { conversationId, messageId: assistant.id, comment: null, createdAt: '2025-03-01T09:00:00.000Z' };
    expect(await store.putFeedback({ ...feedback, rating: 'up' })).toBe(true);
    expect(await store.putFeedback({ ...feedback, rating: 'down', comment: 'wrong measure' })).toBe(true);
    expect(await store.getFeedback(assistant.id)).toMatchObject({ rating: 'down', comment: 'wrong measure' });
    expect(await store.putFeedback({ ...feedback, messageId: createId('m'), rating: 'up' })).toBe(false);
    expect(await store.putFeedback({ ...feedback, conversationId: createId('c'), rating: 'up' })).toBe(false);
  });

  it('computes stats and lists down-voted answers with their question and history', async () => {
    const store = openStore();
    const first = await addExchange(store, '2025-03-01T08:00:00.000Z', { latencyMs: 40 }, 'What is Measure 10?');
    const second = await addExchange(store, '2025-03-01T08:01:00.000Z', { conversationId: first.conversationId, text: 'Investment Office [M10][M12]', citations: ['M10', 'M12'], latencyMs: 90 }, 'Who handles that?');
    await addExchange(store, '2025-03-02T08:00:00.000Z', { refused: true, citations: [], notices: ['fallback'], text: 'Out of scope.', latencyMs: 5 }, 'Weather?');
    const at = '2025-03-02T09:00:00.000Z';
    await store.putFeedback({ conversationId: first.conversationId, messageId: first.assistant.id, rating: 'up', comment: null, createdAt: at });
    await store.putFeedback({ conversationId: first.conversationId, messageId: second.assistant.id, rating: 'down', comment: 'missed M15', createdAt: at });

    const stats = await store.stats();
    expect(stats.questionsPerDay).toEqual([{ day: '2025-03-01', count: 2 }, { day: '2025-03-02', count: 1 }]);
    expect(stats.answers).toBe(3);
    expect(stats.refusalRate).toBeCloseTo(1 / 3);
    expect(stats.fallbackRate).toBeCloseTo(1 / 3);
    expect(stats.mostCited).toEqual([{ id: 'M10', count: 2 }, { id: 'M12', count: 1 }]);
    expect(stats.feedback).toEqual({ up: 1, down: 1 });
    expect(stats.slowest[0]).toEqual({ messageId: second.assistant.id, question: 'Who handles that?', latencyMs: 90 });

    expect(await store.listDownvoted()).toEqual([
      {
        messageId: second.assistant.id,
        question: 'Who handles that?',
        answer: 'Investment Office [M10][M12]',
        cited: ['M10', 'M12'],
        refused: false,
        comment: 'missed M15',
        history: [{ role: 'user', content: 'What is Measure 10?' }, { role: 'assistant', content: 'See [M10].' }],
      },
    ]);
  });

  it('reports empty stats without dividing by zero', async () => {
    const stats = await openStore().stats();
    expect(stats).toMatchObject({ answers: 0, refusalRate: null, fallbackRate: null, feedback: { up: 0, down: 0 } });
  });
});

describe('an unusable database file', () => {
  it('names the path when its directory cannot be created', () => {
    writeFileSync(join(dir, 'not-a-dir'), '');
    const path = join(dir, 'not-a-dir', 'assistant.db');
    expect(() => openSqliteStore(path)).toThrow(AppError);
    expect(() => openSqliteStore(path)).toThrow(path);
  });

  it('names the path when another process holds an exclusive lock', () => {
    openStore();
    const holder = new Database(file);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ name: 'AppError', code: 'database_unavailable', message: expect.stringContaining(file) }));
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
