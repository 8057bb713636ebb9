import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../core/storage/store.js';
import { openSqliteStore } from '../../runtimes/node/sqlite-store.js';
import { createRedeliveryFilter } from './redelivery-filter.js';

let dir: string;
let stores: Store[];
const openStore = () => {
  const store = openSqliteStore(join(dir, 'assistant.db'));
  stores.push(store);
  return store;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redelivery-'));
  stores = [];
});
afterEach(async () => {
  await Promise.all(stores.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
  vi.useRealTimers();
});

/** Runs a delivery through the filter; resolves with whether the listeners ran. */
const deliver = async (filter: ReturnType<typeof createRedeliveryFilter>, body: Record<string, unknown>, listener = async () => {}) => {
  let ran = false;
  const next = async () => {
    ran = true;
    await listener();
  };
  await filter({ body, next } as unknown as Parameters<typeof filter>[0]);
  return ran;
};

describe('the redelivery filter on the store', () => {
  it('answers an event once, across processes sharing the database', async () => {
    const [a, b] = [createRedeliveryFilter({ deliveries: openStore() }), createRedeliveryFilter({ deliveries: openStore() })];
    expect(await deliver(a, { event_id: 'Ev1' })).toBe(true);
    expect(await deliver(b, { event_id: 'Ev1' })).toBe(false);
    expect(await deliver(a, { event_id: 'Ev1' })).toBe(false);
    expect(await deliver(b, { event_id: 'Ev2' })).toBe(true);
  });

  it('skips a redelivery while the first is still being answered, then for good', async () => {
    const filter = createRedeliveryFilter({ deliveries: openStore() });
    let release!: () => void;
    const answering = deliver(filter, { event_id: 'Ev3' }, () => new Promise((resolve) => (release = resolve)));
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(await deliver(filter, { event_id: 'Ev3' })).toBe(false);
    release();
    expect(await answering).toBe(true);
    expect(await deliver(filter, { event_id: 'Ev3' })).toBe(false);
  });

  it('answers a retry after a restart killed the first answer midway', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T08:00:00Z'));
    const before = openStore();
    await before.claimDelivery('slack-event:Ev4', new Date().toISOString(), '2025-03-01T07:58:00.000Z');
    // The process died before finishing; Slack retries five minutes later and a new process answers.
    vi.setSystemTime(new Date('2025-03-01T08:05:00Z'));
    expect(await deliver(createRedeliveryFilter({ deliveries: openStore() }), { event_id: 'Ev4' })).toBe(true);
  });

  it('answers a slash command once per trigger id, and lets other requests through', async () => {
    const filter = createRedeliveryFilter({ deliveries: openStore() });
    const command = { command: '/policy', text: 'loans', trigger_id: '123.456.abc' };
    expect(await deliver(filter, command)).toBe(true);
    expect(await deliver(filter, command)).toBe(false);
    expect(await deliver(filter, { ...command, trigger_id: '123.456.def' })).toBe(true);
    const click = { type: 'block_actions', trigger_id: '123.456.abc', actions: [] };
    expect(await deliver(filter, click)).toBe(true);
    expect(await deliver(filter, click)).toBe(true);
  });
});
