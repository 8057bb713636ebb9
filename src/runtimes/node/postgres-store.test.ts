import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { MIGRATIONS } from '../../core/storage/migrations.js';
import { createId } from '../../core/storage/ids.js';
import { testStoreContract } from '../../../test/store-contract.js';
import { createTestDatabase, withClient } from '../../../test/postgres-server.js';
import { addExchange } from '../../../test/store-fixtures.js';
import { openPostgresStore, type PostgresBackend } from './postgres-store.js';

const server = inject('postgres');

describe.skipIf(!server.url)(`the PostgreSQL store${server.skipReason ? ` (skipped: ${server.skipReason})` : ''}`, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  // Two instances of the service: each opens its own pool on the one database.
  let first: PostgresBackend;
  let second: PostgresBackend;

  beforeAll(async () => {
    database = await createTestDatabase(server.url!);
    // Opened together on an empty database: one migrates while the other waits on the lock.
    [first, second] = await Promise.all([openPostgresStore(database.url), openPostgresStore(database.url)]);
  });
  afterAll(async () => {
    await Promise.all([first?.store.close(), second?.store.close()]);
    await database?.drop();
  });
  beforeEach(async () => {
    await withClient(database.url, (client) => client.query('DELETE FROM conversations; DELETE FROM deliveries; DELETE FROM rate_limits'));
  });

  testStoreContract(() => first.store);

  it('migrated once to the latest version when two instances started together', async () => {
    const { rows } = await withClient(database.url, (client) => client.query('SELECT version FROM schema_version'));
    expect(rows).toEqual([{ version: MIGRATIONS.length }]);
  });

  it('lets exactly one instance claim each delivery when both claim it at once', async () => {
    const at = '2025-03-01T08:00:00.000Z';
    const staleBefore = '2025-03-01T07:58:00.000Z';
    const keys = Array.from({ length: 20 }, () => `event:${createId('m')}`);
    const claims = await Promise.all(
      keys.map(async (key) => {
        const [a, b] = await Promise.all([
          first.store.claimDelivery(key, at, staleBefore),
          second.store.claimDelivery(key, at, staleBefore),
        ]);
        return Number(a) + Number(b);
      }),
    );
    expect(claims).toEqual(keys.map(() => 1));
    // A stale claim is taken over by one instance only, too.
    const later = '2025-03-01T08:03:00.000Z';
    const takeovers = await Promise.all([
      first.store.claimDelivery(keys[0]!, later, '2025-03-01T08:01:00.000Z'),
      second.store.claimDelivery(keys[0]!, later, '2025-03-01T08:01:00.000Z'),
    ]);
    expect(takeovers.sort()).toEqual([false, true]);
  });

  it('continues on one instance a conversation stored by the other, in order', async () => {
    const start = await addExchange(first.store, '2025-03-01T08:00:00.000Z', {}, 'What is Measure 10?');
    const next = await addExchange(second.store, '2025-03-01T08:01:00.000Z', { conversationId: start.conversationId }, 'Who handles it?');
    expect((await first.store.listMessages(start.conversationId)).map((m) => m.id)).toEqual([
      start.user.id,
      start.assistant.id,
      next.user.id,
      next.assistant.id,
    ]);
  });

  it('shares rate-limit buckets: concurrent takes from both instances spend the capacity once', async () => {
    const limit = { capacity: 5, perMs: 5 / 60_000 };
    const at = 1_700_000_000_000;
    const takes = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? first : second).buckets.take('203.0.113.7', at, limit)));
    expect(takes.filter((available) => available >= 1)).toHaveLength(5);
    // Twelve seconds later one token is back, whichever instance asks.
    expect(await second.buckets.take('203.0.113.7', at + 12_000, limit)).toBeCloseTo(1, 5);
    expect(await first.buckets.take('203.0.113.7', at + 12_000, limit)).toBeCloseTo(0, 5);
    // Another client has its own full bucket.
    expect(await first.buckets.take('198.51.100.2', at, limit)).toBe(5);
  });

  it('never moves a bucket back in time when an instance clock runs behind', async () => {
    const limit = { capacity: 2, perMs: 2 / 60_000 };
    const at = 1_700_000_000_000;
    await first.buckets.take('192.0.2.1', at, limit);
    await first.buckets.take('192.0.2.1', at, limit);
    // A second behind: no refill, and no negative one either.
    expect(await second.buckets.take('192.0.2.1', at - 1000, limit)).toBe(0);
    expect(await second.buckets.take('192.0.2.1', at + 30_000, limit)).toBeCloseTo(1, 5);
  });
});

describe('opening PostgreSQL', () => {
  it('fails with database_unavailable and never shows the password', async () => {
    // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
    const opening = openPostgresStore('postgres://assistant:s3cret@127.0.0.1:9/assistant');
    await expect(opening).rejects.toMatchObject({ code: 'database_unavailable', message: expect.stringContaining('127.0.0.1:9') });
    await expect(opening).rejects.not.toMatchObject({ message: expect.stringContaining('s3cret') });
  });
});
