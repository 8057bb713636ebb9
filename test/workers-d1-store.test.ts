import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_ENV, runWrangler } from '../scripts/run-wrangler.js';
import { MIGRATIONS_DIR, renderD1Migrations } from '../scripts/write-d1-migrations.js';
import { createId } from '../src/core/storage/ids.js';
import type { Store } from '../src/core/storage/store.js';
import { addExchange } from './store-fixtures.js';
import { createD1Store } from '../src/runtimes/workers/d1-store.js';
import type { D1Database } from '../src/runtimes/workers/d1-types.js';

describe('D1 migrations', () => {
  it('are MIGRATIONS, one file per version (else run: npx tsx scripts/write-d1-migrations.ts)', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql')).sort();
    const expected = renderD1Migrations();
    expect(files).toEqual([...expected.keys()]);
    for (const name of files) expect(readFileSync(join(MIGRATIONS_DIR, name), 'utf8')).toBe(expected.get(name));
  });
});

// The SQLite store's scenarios, on a local D1 that `wrangler d1 migrations apply` created.
describe('the D1 store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jingan-d1-store-'));
  let proxy: Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;
  let db: D1Database;
  let store: Store;

  beforeAll(async () => {
    Object.assign(process.env, OFFLINE_ENV);
    await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
    // getPlatformProxy's path is the state directory itself, which --persist-to nests in v3/.
    proxy = await getPlatformProxy<{ DB: D1Database }>({ persist: { path: join(dir, 'v3') } });
    db = proxy.env.DB;
    store = createD1Store(db);
  }, 60_000);

  afterAll(async () => {
    await proxy?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await db.prepare('DELETE FROM conversations').run();
  });

  it('round-trips messages with citations, notices and the retrieval trace', async () => {
    const trace = { strategy: 'hybrid', retrieved: [{ id: 'M10', score: 0.83 }, { id: 'M12', score: 0.41 }] };
    const { conversationId, user, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z', { notices: ['validity'], trace });
    expect(await store.listMessages(conversationId)).toEqual([user, assistant]);
    await store.createConversation({ id: 'c_slack', channel: 'slack', externalKey: 'T1:C1:123.456', createdAt: '2025-03-02T00:00:00.000Z' });
    expect((await store.findConversationByKey('slack', 'T1:C1:123.456'))?.id).toBe('c_slack');
  });

  it('stores both turns or neither', async () => {
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    await expect(store.addMessages([{ ...assistant, id: createId('m') }, { ...assistant, text: 'again' }])).rejects.toThrow();
    expect(await store.listMessages(conversationId)).toHaveLength(2);
  });

  it('replaces a repeated rating and refuses an unknown message', async () => {
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const feedback = { conversationId, messageId: assistant.id, comment: null, createdAt: '2025-03-01T09:00:00.000Z' };
    expect(await store.putFeedback({ ...feedback, rating: 'up' })).toBe(true);
    expect(await store.putFeedback({ ...feedback, rating: 'down', comment: 'wrong measure' })).toBe(true);
    expect(await store.getFeedback(assistant.id)).toMatchObject({ rating: 'down', comment: 'wrong measure' });
    expect(await store.putFeedback({ ...feedback, messageId: createId('m'), rating: 'up' })).toBe(false);
  });

  it('computes stats and lists down-voted answers with their question and history', async () => {
    const first = await addExchange(store, '2025-03-01T08:00:00.000Z', { latencyMs: 40 }, 'What is Measure 10?');
    const second = await addExchange(store, '2025-03-01T08:01:00.000Z', { conversationId: first.conversationId, text: 'Investment Office [M10][M12]', citations: ['M10', 'M12'], latencyMs: 90 }, 'Who handles that?');
    await addExchange(store, '2025-03-02T08:00:00.000Z', { refused: true, citations: [], notices: ['fallback'], text: 'Out of scope.', latencyMs: 5 }, 'Weather?');
    const at = '2025-03-02T09:00:00.000Z';
    await store.putFeedback({ conversationId: first.conversationId, messageId: first.assistant.id, rating: 'up', comment: null, createdAt: at });
    await store.putFeedback({ conversationId: first.conversationId, messageId: second.assistant.id, rating: 'down', comment: 'missed M15', createdAt: at });

    expect(await store.stats()).toEqual({
      questionsPerDay: [{ day: '2025-03-01', count: 2 }, { day: '2025-03-02', count: 1 }],
      answers: 3,
      refusalRate: 1 / 3,
      fallbackRate: 1 / 3,
      mostCited: [{ id: 'M10', count: 2 }, { id: 'M12', count: 1 }],
      feedback: { up: 1, down: 1 },
      slowest: [
        { messageId: second.assistant.id, question: 'Who handles that?', latencyMs: 90 },
        { messageId: first.assistant.id, question: 'What is Measure 10?', latencyMs: 40 },
        expect.objectContaining({ question: 'Weather?', latencyMs: 5 }),
      ],
    });
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
    expect(await store.stats()).toMatchObject({ answers: 0, refusalRate: null, fallbackRate: null, feedback: { up: 0, down: 0 } });
  });

  it('purges old conversations with their messages and feedback', async () => {
    const old = await addExchange(store, '2025-01-01T00:00:00.000Z');
    await store.putFeedback({ conversationId: old.conversationId, messageId: old.assistant.id, rating: 'up', comment: null, createdAt: '2025-01-01T00:00:01.000Z' });
    const recent = await addExchange(store, '2025-06-01T00:00:00.000Z');
    expect(await store.purgeBefore('2025-03-01T00:00:00.000Z')).toBe(1);
    expect(await store.listMessages(old.conversationId)).toEqual([]);
    expect(await store.getFeedback(old.assistant.id)).toBeNull();
    expect(await store.listMessages(recent.conversationId)).toHaveLength(2);
  });
});
