import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../core/storage/store.js';
import { retentionCutoff } from '../../core/storage/retention.js';
import { startRetention } from './retention.js';
import { openSqliteStore } from './sqlite-store.js';
import { addExchange } from '../../../test/store-fixtures.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'retention-test-'));
  store = openSqliteStore(join(dir, 'assistant.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('retention', () => {
  it('computes the cutoff', () => {
    expect(retentionCutoff(new Date('2025-07-01T00:00:00.000Z'), 180)).toBe('2025-01-02T00:00:00.000Z');
  });

  it('purges old conversations with their messages and feedback at start, keeping recent ones', async () => {
    const old = await addExchange(store, '2025-01-01T00:00:00.000Z');
    const recent = await addExchange(store, '2025-06-01T00:00:00.000Z');
    await store.putFeedback({
      conversationId: old.conversationId,
      messageId: old.assistant.id,
      rating: 'down',
      comment: null,
      createdAt: '2025-01-01T01:00:00.000Z',
    });
    const stop = startRetention(store, 180, { now: () => new Date('2025-07-01T00:00:00.000Z'), intervalMs: 3_600_000 });
    try {
      await vi.waitFor(async () => expect(await store.getConversation(old.conversationId)).toBeNull());
      expect(await store.listMessages(old.conversationId)).toEqual([]);
      expect(await store.getFeedback(old.assistant.id)).toBeNull();
      expect(await store.getConversation(recent.conversationId)).not.toBeNull();
      expect(await store.listMessages(recent.conversationId)).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it('purges again on every tick as the clock moves, until stopped', async () => {
    const first = await addExchange(store, '2025-06-01T00:00:00.000Z');
    const second = await addExchange(store, '2025-09-01T00:00:00.000Z');
    let now = new Date('2025-07-01T00:00:00.000Z');
    const stop = startRetention(store, 180, { now: () => now, intervalMs: 10 });
    now = new Date('2025-12-15T00:00:00.000Z');
    await vi.waitFor(async () => expect(await store.getConversation(first.conversationId)).toBeNull());
    stop();
    now = new Date('2026-12-31T00:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.getConversation(second.conversationId)).not.toBeNull();
  });

  it('logs a failed purge instead of throwing', async () => {
    const error = vi.fn();
    const failing = { ...store, purgeBefore: () => Promise.reject(new Error('disk gone')) };
    const stop = startRetention(failing, 180, { logger: { debug() {}, info() {}, warn() {}, error }, intervalMs: 3_600_000 });
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), 'retention purge failed'),
    );
    stop();
  });

  it('purgeBefore removes only conversations created before the cutoff', async () => {
    await addExchange(store, '2025-01-01T00:00:00.000Z');
    const kept = await addExchange(store, '2025-02-01T00:00:00.000Z');
    expect(await store.purgeBefore('2025-02-01T00:00:00.000Z')).toBe(1);
    expect(await store.listMessages(kept.conversationId)).toHaveLength(2);
  });
});
