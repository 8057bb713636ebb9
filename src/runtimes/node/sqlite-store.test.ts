import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { MIGRATIONS } from '../../core/storage/migrations.js';
import type { Store } from '../../core/storage/store.js';
import { migrate, openSqliteStore } from './sqlite-store.js';
import { addExchange } from '../../../test/store-fixtures.js';
import { testStoreContract } from '../../../test/store-contract.js';

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
    db.prepare(
      "INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES ('m_old', 'c_old', 'user', 'hello', '2025-01-01T00:00:00.000Z')",
    ).run();
    db.close();

    const store = openStore();
    expect(await store.getConversation('c_old')).toEqual({
      id: 'c_old',
      channel: 'web',
      externalKey: null,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    expect((await store.listMessages('c_old')).map((m) => m.text)).toEqual(['hello']);
    await store.createConversation({
      id: 'c_slack',
      channel: 'slack',
      externalKey: 'T1:C1:123.456',
      createdAt: '2025-01-02T00:00:00.000Z',
    });
    expect((await store.findConversationByKey('slack', 'T1:C1:123.456'))?.id).toBe('c_slack');
  });
});

describe('the SQLite store', () => {
  testStoreContract(openStore);

  it('commits concurrent writes of several requests together', async () => {
    const commits: number[] = [];
    const store = openSqliteStore(file, { onCommit: (writes) => commits.push(writes) });
    open.push(store);
    const at = '2025-03-01T08:00:00.000Z';
    const exchanges = await Promise.all(Array.from({ length: 5 }, () => addExchange(store, at)));
    // Five conversations in one commit, then their five exchanges in the next.
    expect(commits).toEqual([5, 5]);
    for (const { conversationId, user, assistant } of exchanges) {
      expect(await store.listMessages(conversationId)).toEqual([user, assistant]);
    }
  });

  it('rejects a failing write without losing the others of its commit', async () => {
    const commits: number[] = [];
    const store = openSqliteStore(file, { onCommit: (writes) => commits.push(writes) });
    open.push(store);
    const first = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const second = await addExchange(store, '2025-03-01T09:00:00.000Z');
    commits.length = 0;
    const reply = (conversationId: string, id: string) => ({
      ...first.assistant,
      conversationId,
      id,
      createdAt: '2025-03-01T10:00:00.000Z',
    });
    const outcomes = await Promise.allSettled([
      store.addMessages([reply(first.conversationId, 'm_new1')]),
      // The second turn reuses an id: the whole exchange is refused, its first turn too.
      store.addMessages([reply(second.conversationId, 'm_new2'), reply(second.conversationId, first.user.id)]),
      store.addMessages([reply(second.conversationId, 'm_new3')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(commits).toEqual([3]);
    expect((await store.listMessages(first.conversationId)).map((m) => m.id)).toEqual([first.user.id, first.assistant.id, 'm_new1']);
    expect((await store.listMessages(second.conversationId)).map((m) => m.id)).toEqual([second.user.id, second.assistant.id, 'm_new3']);
  });

  it('commits queued writes before it closes', async () => {
    const store = openStore();
    const conversation = { id: 'c_close', channel: 'web' as const, externalKey: null, createdAt: '2025-03-01T08:00:00.000Z' };
    const written = store.createConversation(conversation);
    await store.close();
    await written;
    expect(await openStore().getConversation('c_close')).toEqual(conversation);
  });

  it('keeps what it stored across a reopen', async () => {
    const store = openStore();
    const { conversationId, user, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    await store.close();
    expect(await openStore().listMessages(conversationId)).toEqual([user, assistant]);
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
      expect(() => openSqliteStore(file)).toThrow(
        expect.objectContaining({ name: 'AppError', code: 'database_unavailable', message: expect.stringContaining(file) }),
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
