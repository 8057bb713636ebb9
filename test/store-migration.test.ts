import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/core/storage/migrations.js';
import { migrate, openSqliteStore } from '../src/runtimes/node/sqlite-store.js';

/** The schema as deployed before deliveries and the channel check moved into code. */
const BEFORE_DELIVERIES = 2;

const dir = mkdtempSync(join(tmpdir(), 'store-migration-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seedOldDatabase(file: string) {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, BEFORE_DELIVERIES));
  const at = (minute: number) => `2025-03-01T08:0${minute}:00.000Z`;
  db.prepare("INSERT INTO conversations (id, channel, created_at, external_key) VALUES ('c_web', 'web', ?, NULL)").run(at(0));
  db.prepare("INSERT INTO conversations (id, channel, created_at, external_key) VALUES ('c_slack', 'slack', ?, 'C1:1.2')").run(at(1));
  const insert = db.prepare('INSERT INTO messages (id, conversation_id, role, text, citations, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  // Same timestamp on purpose: the order within it is the rowid's, which the rebuild must keep.
  insert.run('m_2', 'c_web', 'user', 'What is Measure 10?', '[]', at(2));
  insert.run('m_1', 'c_web', 'assistant', 'See [M10].', '["M10"]', at(2));
  insert.run('m_3', 'c_slack', 'user', 'Who handles that?', '[]', at(3));
  db.prepare(
    "INSERT INTO feedback (message_id, conversation_id, rating, comment, created_at) VALUES ('m_1', 'c_web', 'down', 'wrong', ?)",
  ).run(at(4));
  db.close();
}

describe('upgrading a database created before deliveries were remembered', () => {
  it('keeps every row and its order, keeps the cascades, and checks channels in code', async () => {
    const file = join(dir, 'old.db');
    seedOldDatabase(file);
    const store = openSqliteStore(file);

    expect((await store.listMessages('c_web')).map((m) => m.id)).toEqual(['m_2', 'm_1']);
    expect(await store.findConversationByKey('slack', 'C1:1.2')).toMatchObject({ id: 'c_slack' });
    expect(await store.getFeedback('m_1')).toMatchObject({ rating: 'down', comment: 'wrong' });
    expect(await store.claimDelivery('Ev1', '2025-03-01T09:00:00.000Z', '2025-03-01T08:58:00.000Z')).toBe(true);
    expect(await store.purgeBefore('2025-03-01T08:00:30.000Z')).toBe(1);
    expect(await store.listMessages('c_web')).toEqual([]);
    expect(await store.getFeedback('m_1')).toBeNull();
    await store.close();

    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const schema = db.prepare('SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL').all() as Array<{ name: string; sql: string }>;
    expect(schema.map((t) => t.name).sort()).toEqual([
      'conversations',
      'conversations_created',
      'conversations_external',
      'deliveries',
      'deliveries_claimed',
      'feedback',
      'handoffs',
      'handoffs_conversation',
      'handoffs_created',
      'handoffs_thread',
      'messages',
      'messages_conversation',
      'rate_limits',
      'rate_limits_at',
      'staff_messages',
      'staff_messages_conversation',
      'staff_messages_reply',
    ]);
    expect(schema.find((t) => t.name === 'conversations')!.sql).not.toMatch(/CHECK/);
    expect(schema.map((t) => t.sql).join('\n')).not.toMatch(/_new\b/);
    db.close();
  });
});
