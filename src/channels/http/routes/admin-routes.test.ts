import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../core/config.js';
import type { Stats } from '../../../core/storage/store.js';
import { parseDataset } from '../../../evals/dataset.js';
import { createNodeDeps, type NodeDeps } from '../../../runtimes/node/create-node-deps.js';
import { createApp } from '../create-app.js';
import { equalInConstantTime } from './admin-routes.js';

const TOKEN = 'secret';
let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;

const auth = (token = TOKEN) => ({ headers: { authorization: `Bearer ${token}` } });

async function chat(message: string, conversationId?: string) {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message, conversationId }),
  });
  return (await res.json()) as { conversationId: string; messageId: string; refused: boolean };
}

async function rate(answer: { conversationId: string; messageId: string }, rating: 'up' | 'down', comment?: string) {
  const res = await app.request('/api/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ conversationId: answer.conversationId, messageId: answer.messageId, rating, comment }),
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'admin-test-'));
  deps = await createNodeDeps(parseConfig({ DATA_DIR: dir, ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'silent' }));
  app = createApp(deps);
  const first = await chat('Can a technology company get a loan backed by its patents?');
  await rate(first, 'up');
  await rate(await chat('Who handles that? <script>alert(1)</script>', first.conversationId), 'down', 'should cite M10');
  await rate(await chat('What is the weather tomorrow?'), 'down');
});
afterAll(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('admin auth', () => {
  it.each([
    ['no token', {}],
    ['a wrong token', auth('wrong')],
    ['a longer wrong token', auth(`${TOKEN}x`)],
    ['a non-bearer scheme', { headers: { authorization: `Basic ${TOKEN}` } }],
  ])('answers 401 with %s', async (_, init) => {
    for (const path of ['/admin/stats', '/admin/export', '/admin']) {
      const res = await app.request(path, init);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('takes ?token= for the page only', async () => {
    expect((await app.request(`/admin?token=${TOKEN}`)).status).toBe(200);
    expect((await app.request('/admin?token=wrong')).status).toBe(401);
    expect((await app.request(`/admin/stats?token=${TOKEN}`)).status).toBe(401);
  });

  it('is off, with 404 everywhere, when ADMIN_TOKEN is unset', async () => {
    const off = createApp({ ...deps, config: { ...deps.config, adminToken: null } });
    for (const path of ['/admin/stats', '/admin/export', '/admin']) {
      const res = await off.request(path, auth());
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
  });

  it('compares tokens by value', async () => {
    expect(await equalInConstantTime('abc', 'abc')).toBe(true);
    expect(await equalInConstantTime('abc', 'abd')).toBe(false);
    expect(await equalInConstantTime('', 'abc')).toBe(false);
  });
});

describe('admin figures', () => {
  it('serves stats as JSON', async () => {
    const res = await app.request('/admin/stats', auth());
    expect(res.status).toBe(200);
    const stats = (await res.json()) as Stats;
    expect(stats.answers).toBe(3);
    expect(stats.questionsPerDay.reduce((n, d) => n + d.count, 0)).toBe(3);
    expect(stats.feedback).toEqual({ up: 1, down: 2 });
    expect(stats.refusalRate).toBeGreaterThan(0);
    expect(stats.slowest.length).toBeGreaterThan(0);
  });

  it('exports down-voted answers as eval JSONL', async () => {
    const res = await app.request('/admin/export', auth());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    const { cases, problems } = parseDataset(text);
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.id)).toEqual(['fb_1', 'fb_2']);
    expect(cases[0]).toMatchObject({ kind: 'followup', refuse: false, history: [{ role: 'user' }, { role: 'assistant' }] });
    expect(cases[1]).toMatchObject({ question: 'What is the weather tomorrow?', kind: 'paraphrase', refuse: true, expected: [] });
    const raw = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(raw[0]).toMatchObject({ note: 'should cite M10', answer: expect.any(String) });
    expect(raw[1]).not.toHaveProperty('history');
  });

  it('renders the page with inline SVG, no external assets and escaped stored text', async () => {
    const res = await app.request('/admin', auth());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toContain('<script');
    expect(html).toContain('Who handles that? &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/>M10</);
  });
});
