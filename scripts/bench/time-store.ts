import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createId } from '../../src/core/storage/ids.js';
import type { Store, StoredMessage } from '../../src/core/storage/store.js';
import { openSqliteStore } from '../../src/runtimes/node/sqlite-store.js';

export interface StoreTiming {
  synchronous: 'FULL' | 'NORMAL';
  writers: number;
  exchangesPerSecond: number;
  /** Writes per commit: 1 with one writer, more when group commit gathers concurrent ones. */
  writesPerCommit: number;
}

const SETUPS = [
  { synchronous: 'FULL', writers: 1 },
  { synchronous: 'FULL', writers: 32 },
  { synchronous: 'NORMAL', writers: 1 },
  { synchronous: 'NORMAL', writers: 32 },
] as const;
const BUDGET_MS = 700;

/**
 * What a chat request writes (a conversation, then both turns), by 1 or 32 concurrent writers,
 * on a fresh database file in the system's temporary directory, for each synchronous mode.
 */
export async function timeStore(): Promise<StoreTiming[]> {
  const timings: StoreTiming[] = [];
  for (const setup of SETUPS) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-store-'));
    let writes = 0;
    let commits = 0;
    const store = openSqliteStore(join(dir, 'assistant.db'), {
      synchronous: setup.synchronous,
      onCommit: (n) => {
        writes += n;
        commits++;
      },
    });
    try {
      const started = performance.now();
      let exchanges = 0;
      await Promise.all(
        Array.from({ length: setup.writers }, async () => {
          while (performance.now() - started < BUDGET_MS) {
            await storeExchange(store);
            exchanges++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      timings.push({ ...setup, exchangesPerSecond: exchanges / seconds, writesPerCommit: writes / commits });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return timings;
}

async function storeExchange(store: Store): Promise<void> {
  const at = new Date().toISOString();
  const conversation = await store.createConversation({ id: createId('c'), channel: 'web', externalKey: null, createdAt: at });
  const base = {
    conversationId: conversation.id,
    citations: [],
    mode: null,
    refused: false,
    notices: [],
    latencyMs: null,
    trace: null,
    doubts: [],
    createdAt: at,
  };
  const question: StoredMessage = {
    ...base,
    id: createId('m'),
    role: 'user',
    text: 'Can a tech company get a loan backed by its patents?',
  };
  const answer: StoredMessage = {
    ...base,
    id: createId('m'),
    role: 'assistant',
    text: 'Measure 10, Enhancing technology finance: the district will boost intellectual property mortgage loans. [M10]',
    citations: ['M10'],
    mode: 'offline',
    latencyMs: 3,
    trace: { strategy: 'hybrid', retrieved: [{ id: 'M10', score: 0.9 }] },
  };
  await store.addMessages([question, answer]);
}
