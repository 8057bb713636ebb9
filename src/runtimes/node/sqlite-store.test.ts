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
  testStoreContract(openStore);

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
      expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ name: 'AppError', code: 'database_unavailable', message: expect.stringContaining(file) }));
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});
