import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../core/config.js';
import type { Stats } from '../../../core/storage/store.js';
import type { FailureRow } from '../admin-failures.js';
import { parseDataset } from '../../../evals/dataset.js';
import { createNodeDeps, type NodeDeps } from '../../../runtimes/node/create-node-deps.js';
import { createApp } from '../create-app.js';
import { equalInConstantTime } from './admin-routes.js';

const TOKEN = 'secret';
let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;

const auth = (token = TOKEN) => ({ headers: { authorization: `Bearer ${token}` } });

async function chat(message: string, conversationId?: string, channel = 'api') {
  const res = await app.request(`/api/chat?channel=${channel}`, {
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
  await chat('明天上海的天气怎么样？', undefined, 'web');
  await rate(await chat('What does Measure 10 say?', undefined, 'web'), 'down', 'too long');
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
    for (const path of ['/admin/stats', '/admin/failures', '/admin/export', '/admin']) {
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
    for (const path of ['/admin/stats', '/admin/failures', '/admin/export', '/admin']) {
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
    expect(stats.answers).toBe(5);
    expect(stats.questionsPerDay.reduce((n, d) => n + d.count, 0)).toBe(5);
    expect(stats.feedback).toEqual({ up: 1, down: 3 });
    expect(stats.refusalRate).toBeGreaterThan(0);
    expect(stats.slowest.length).toBeGreaterThan(0);
  });

  it('lists refused and down-voted answers, newest first, with language, channel and citations, filterable', async () => {
    const all = (await (await app.request('/admin/failures', auth())).json()) as FailureRow[];
    expect(all.map((r) => [r.question, r.kinds, r.language, r.channel])).toEqual([
      ['What does Measure 10 say?', ['downvoted'], 'en', 'web'],
      ['明天上海的天气怎么样？', ['refused'], 'zh', 'web'],
      ['What is the weather tomorrow?', ['refused', 'downvoted'], 'en', 'api'],
      ['Who handles that? <script>alert(1)</script>', ['downvoted'], 'en', 'api'],
    ]);
    expect(all[0]).toMatchObject({ cited: ['M10'], comment: 'too long', rating: 'down' });
    expect(all[3]).toMatchObject({ comment: 'should cite M10', history: [{ role: 'user' }, { role: 'assistant' }] });
    const questions = async (query: string) =>
      ((await (await app.request(`/admin/failures?${query}`, auth())).json()) as FailureRow[]).map((r) => r.question);
    expect(await questions('kind=downvoted')).toEqual([
      'What does Measure 10 say?',
      'What is the weather tomorrow?',
      'Who handles that? <script>alert(1)</script>',
    ]);
    expect(await questions('kind=refused&language=en')).toEqual(['What is the weather tomorrow?']);
    expect(await questions('language=zh')).toEqual(['明天上海的天气怎么样？']);
    expect(await questions('channel=web&kind=refused')).toEqual(['明天上海的天气怎么样？']);
    expect(await questions('channel=slack&kind=')).toEqual([]);
    const bad = await app.request('/admin/failures?kind=bad', auth());
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it("exports them as eval JSONL: the system's citations as `cited`, never `expected`", async () => {
    const res = await app.request('/admin/export?kind=downvoted&channel=api', auth());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toHaveProperty('expected');
      expect(line).not.toHaveProperty('refuse');
    }
    expect(lines[0]).toMatchObject({
      id: 'fail_1',
      question: 'What is the weather tomorrow?',
      kind: 'paraphrase',
      language: 'en',
      cited: [],
    });
    expect(lines[0]!.note).toMatch(/^refused, down-voted on api at /);
    expect(lines[1]).toMatchObject({ kind: 'followup', cited: expect.any(Array), history: [{ role: 'user' }, { role: 'assistant' }] });
    const web = (await (await app.request('/admin/export?channel=web&kind=downvoted', auth())).text()).trim().split('\n');
    expect(web.map((line) => JSON.parse(line))).toMatchObject([{ question: 'What does Measure 10 say?', cited: ['M10'] }]);
    expect(lines[1]!.note).toMatch(/: should cite M10$/);
    // A reviewer's `expected` is all a line needs to become a valid case.
    const { cases, problems } = parseDataset(lines.map((line) => JSON.stringify({ ...line, expected: ['M10'] })).join('\n'));
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.id)).toEqual(['fail_1', 'fail_2']);
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

  it('shows what fails on the page, filtered by a form that keeps the ?token=', async () => {
    const html = await (await app.request(`/admin?token=${TOKEN}&language=zh&kind=`)).text();
    const failures = html.split('<section id="failures">')[1]!.split('</section>')[0]!;
    expect(failures).toContain('明天上海的天气怎么样？');
    expect(failures).not.toContain('What is the weather tomorrow?');
    expect(html).toContain(`<input type="hidden" name="token" value="${TOKEN}">`);
    expect(html).toContain('<option value="zh" selected>');
    expect(html).toContain('"$ASSISTANT_URL/admin/export?language=zh"');
    expect((await app.request('/admin?language=fr', auth())).status).toBe(400);
  });

  it('never puts the Host header into the export command that carries the token', async () => {
    const html = await (await app.request('http://evil.example/admin', { headers: { ...auth().headers, host: 'evil.example' } })).text();
    expect(html).not.toContain('evil.example');
    expect(html).toContain('"$ASSISTANT_URL/admin/export"');
  });
});
