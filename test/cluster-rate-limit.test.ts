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

const RATE_LIMIT = 4;

/** One request on a connection of its own, so that the cluster hands each to the next worker. */
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
    const ids = Array.from({ length: 8 }, (_, i) => `cluster-rate-${i}-${Date.now()}`);
    const statuses: number[] = [];
    for (const id of ids) statuses.push(await postOnNewConnection(server.url, id));
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(200), ...Array(8 - RATE_LIMIT).fill(429)]);

    // Both workers answered: with buckets per worker, each would have allowed RATE_LIMIT.
    while (server.logs.filter((l) => ids.includes(l.requestId as string)).length < ids.length) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const pids = new Set(server.logs.filter((l) => ids.includes(l.requestId as string)).map((l) => l.pid));
    expect(pids.size).toBe(2);
  });
});
