import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroupCommit, type GroupCommit } from './group-commit.mjs';

let db: Database.Database;
let commits: number[];
let group: GroupCommit;

const insert = (id: string) => () => db.prepare('INSERT INTO items (id) VALUES (?)').run(id).changes;
const ids = () => (db.prepare('SELECT id FROM items ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);

beforeEach(() => {
  db = new Database(':memory:');
  db.exec(`CREATE TABLE items (id TEXT PRIMARY KEY);
    CREATE TABLE links (item TEXT REFERENCES items(id) DEFERRABLE INITIALLY DEFERRED);
    PRAGMA foreign_keys = ON;`);
  commits = [];
  group = createGroupCommit(db, { onCommit: (writes) => commits.push(writes) });
});
afterEach(() => db.close());

describe('group commit', () => {
  it('commits writes queued in the same turn together, once', async () => {
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((id) => group.write(insert(id))));
    expect(results).toEqual([1, 1, 1, 1]);
    expect(commits).toEqual([4]);
    expect(ids()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('resolves a write only after its commit, so a read after it sees the row', async () => {
    const written = group.write(insert('a'));
    expect(ids()).toEqual([]);
    await written;
    expect(ids()).toEqual(['a']);
  });

  it('commits writes of later turns in later transactions', async () => {
    await group.write(insert('a'));
    await Promise.all([group.write(insert('b')), group.write(insert('c'))]);
    expect(commits).toEqual([1, 2]);
  });

  it('rejects only the write whose statement fails; the others are committed', async () => {
    const outcomes = await Promise.allSettled([group.write(insert('a')), group.write(insert('a')), group.write(insert('b'))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(commits).toEqual([3]);
    expect(ids()).toEqual(['a', 'b']);
  });

  it('rolls back all of a failing write, not only its failing statement', async () => {
    const both = () => {
      insert('x')();
      insert('a')();
    };
    await group.write(insert('a'));
    const outcomes = await Promise.allSettled([group.write(both), group.write(insert('b'))]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled']);
    expect(ids()).toEqual(['a', 'b']);
  });

  it('retries each write alone when the shared commit fails, so only the culprit is rejected', async () => {
    // A deferred foreign key is checked at COMMIT: the whole group's commit fails.
    const dangling = () => db.prepare("INSERT INTO links (item) VALUES ('missing')").run().changes;
    const outcomes = await Promise.allSettled([group.write(insert('a')), group.write(dangling), group.write(insert('b'))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
    expect(ids()).toEqual(['a', 'b']);
    expect(db.prepare('SELECT count(*) AS n FROM links').get()).toEqual({ n: 0 });
    expect(db.inTransaction).toBe(false);
  });

  it('rejects the whole group at once when another connection holds the write lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
    const file = new Database(join(dir, 'db'), { timeout: 0 });
    const holder = new Database(join(dir, 'db'));
    try {
      file.exec('PRAGMA journal_mode = WAL; CREATE TABLE items (id TEXT PRIMARY KEY)');
      const busyGroup = createGroupCommit(file);
      const put = (id: string) => () => file.prepare('INSERT INTO items (id) VALUES (?)').run(id).changes;
      holder.exec('BEGIN IMMEDIATE');
      const outcomes = await Promise.allSettled([busyGroup.write(put('a')), busyGroup.write(put('b'))]);
      expect(outcomes.map((o) => o.status === 'rejected' && (o.reason as { code: string }).code)).toEqual(['SQLITE_BUSY', 'SQLITE_BUSY']);
      holder.exec('ROLLBACK');
      await expect(busyGroup.write(put('c'))).resolves.toBe(1);
    } finally {
      holder.close();
      file.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('commits what is queued at once on flush', async () => {
    const written = group.write(insert('a'));
    group.flush();
    expect(ids()).toEqual(['a']);
    await expect(written).resolves.toBe(1);
  });
});
