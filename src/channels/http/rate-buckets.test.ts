import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createMemoryBuckets } from './rate-buckets.js';
import { rateLimit } from './rate-limit.js';

const limit = { capacity: 3, perMs: 3 / 60_000 };

describe('memory buckets', () => {
  it('start full, report the tokens there were before each take, and refill with time', async () => {
    const buckets = createMemoryBuckets();
    expect([await buckets.take('a', 0, limit), await buckets.take('a', 0, limit), await buckets.take('a', 0, limit)]).toEqual([3, 2, 1]);
    expect(await buckets.take('a', 0, limit)).toBe(0);
    expect(await buckets.take('a', 20_000, limit)).toBeCloseTo(1, 10);
    expect(await buckets.take('b', 0, limit)).toBe(3);
  });

  it('forget, past their bound, the clients whose bucket has refilled before the least recently seen', async () => {
    const buckets = createMemoryBuckets(2);
    for (let i = 0; i < 3; i++) await buckets.take('spent', 0, limit);
    await buckets.take('idle', 1, limit);
    // Half a minute on, a third client: "idle" has refilled and goes; "spent", older but still refilling, stays.
    await buckets.take('new', 30_000, limit);
    expect(await buckets.take('spent', 30_000, limit)).toBeCloseTo(1.5, 10);
  });
});

describe('limiters sharing buckets', () => {
  it('give a client one allowance across the processes that share them', async () => {
    const shared = createMemoryBuckets();
    const apps = [0, 1].map(() => {
      const app = new Hono();
      app.use(
        '*',
        rateLimit({ rateLimitPerMinute: 3, rateLimitLoopback: false, trustProxy: false }, () => 0, shared),
      );
      app.post('/api/chat', (c) => c.json({ ok: true }));
      return app;
    });
    const env = { incoming: { socket: { remoteAddress: '203.0.113.7' } } };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await apps[i % 2]!.request('/api/chat', { method: 'POST' }, env)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
