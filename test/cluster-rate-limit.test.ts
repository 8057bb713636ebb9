import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FROM_BUNDLE, killAll, startServerProcess } from './server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'cluster-rate-'));
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

// One token every 20 s: the test ends long before a spent allowance could refill.
const RATE_LIMIT = 3;

/** One request on a connection of its own, so that either worker may accept it. */
function postOnNewConnection(url: string, requestId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/api/chat`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.60', 'x-request-id': requestId },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ message: 'What does Measure 10 support?' }));
  });
}

describe('the rate limit of `--workers 2`', () => {
  it('gives a client its allowance once, whichever worker answers', async () => {
    const server = await startServerProcess(
      { DATA_DIR: dir, RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT), TRUST_PROXY: '1' },
      [...FROM_BUNDLE, '--workers', '2'],
      2,
    );
    const ids: string[] = [];
    const statuses: number[] = [];
    const answeredBy = async () => {
      // The access-log line of a request is written as its response ends; wait for all of them.
      while (server.logs.filter((l) => ids.includes(l.requestId as string)).length < ids.length) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return new Set(server.logs.filter((l) => ids.includes(l.requestId as string)).map((l) => l.pid));
    };
    // Concurrent connections, batch after batch, until both workers have answered some: how the
    // cluster spreads connections is the scheduling policy's business, not this test's.
    for (let batch = 0; batch < 20 && (batch === 0 || (await answeredBy()).size < 2); batch++) {
      const batchIds = Array.from({ length: 8 }, (_, i) => `cluster-rate-${batch}-${i}-${Date.now()}`);
      ids.push(...batchIds);
      statuses.push(...(await Promise.all(batchIds.map((id) => postOnNewConnection(server.url, id)))));
    }
    expect((await answeredBy()).size).toBe(2);
    // With a bucket per worker, each worker that answered would have allowed up to RATE_LIMIT.
    expect(statuses.filter((s) => s === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 429)).toBe(true);
  });
});
