import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';

const TOKEN = 'metrics-secret';
let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'metrics-test-'));
  deps = await createNodeDeps(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', METRICS_TOKEN: TOKEN }));
  app = createApp(deps);
});
afterAll(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function scrape(): Promise<string> {
  const res = await app.request('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one series, 0 when it has not been written yet. */
function readSeries(text: string, name: string, labels: Record<string, string> = {}): number {
  const line = text
    .split('\n')
    .find((l) =>
      l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)) : false,
    );
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('GET /metrics', () => {
  it('is guarded by METRICS_TOKEN', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Basic ${TOKEN}` }] as Array<Record<string, string>>) {
      const res = await app.request('/metrics', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('moves the answer counters and the latency histogram after a question', async () => {
    const answered = { channel: 'api', mode: 'offline', language: 'en', refused: 'false' };
    const before = await scrape();
    const res = await post('/api/chat', { message: 'Can a tech company get a loan backed by its patents?' });
    expect(res.status).toBe(200);
    await post('/api/chat?channel=web', { message: 'What is the weather tomorrow?' });
    const after = await scrape();
    expect(readSeries(after, 'policy_assistant_answers_total', answered)).toBe(
      readSeries(before, 'policy_assistant_answers_total', answered) + 1,
    );
    expect(readSeries(after, 'policy_assistant_answers_total', { channel: 'web', refused: 'true' })).toBe(1);
    expect(readSeries(after, 'policy_assistant_answer_duration_seconds_count', { mode: 'offline' })).toBe(
      readSeries(before, 'policy_assistant_answer_duration_seconds_count', { mode: 'offline' }) + 2,
    );
    expect(
      readSeries(after, 'policy_assistant_http_requests_total', { method: 'POST', route: '/api/chat', status: '200' }),
    ).toBeGreaterThanOrEqual(2);
    expect(after).toMatch(/^# TYPE policy_assistant_llm_fallbacks_total counter$/m);
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('counts streamed answers, refusals of bad input, feedback by rating and matches', async () => {
    await (await post('/api/chat/stream', { message: '哪些措施支持生物医药？' })).text();
    await post('/api/chat', { message: ' ' });
    const answer = (await (await post('/api/chat', { message: 'What does Measure 10 say?' })).json()) as {
      conversationId: string;
      messageId: string;
    };
    expect(
      (await post('/api/feedback', { conversationId: answer.conversationId, messageId: answer.messageId, rating: 'down' })).status,
    ).toBe(201);
    const matched = await post('/api/match', { profile: '我们是一家40人的人工智能初创公司，需要融资和人才' });
    expect(matched.status).toBe(200);
    const text = await scrape();
    expect(readSeries(text, 'policy_assistant_answers_total', { language: 'zh' })).toBeGreaterThanOrEqual(1);
    expect(readSeries(text, 'policy_assistant_http_requests_total', { route: '/api/chat', status: '400' })).toBe(1);
    expect(readSeries(text, 'policy_assistant_feedback_total', { rating: 'down' })).toBe(1);
    expect(readSeries(text, 'policy_assistant_matches_total', { language: 'zh' })).toBe(1);
    expect(readSeries(text, 'policy_assistant_http_requests_total', { route: 'unmatched' })).toBe(0);
    await app.request('/no/such/route');
    expect(readSeries(await scrape(), 'policy_assistant_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
  });

  it('is absent, as on Workers, when the runtime passes no observer', async () => {
    const workersLike = createApp({ ...deps, observe: undefined });
    expect((await workersLike.request('/metrics')).status).toBe(404);
    const document = (await (await workersLike.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});
