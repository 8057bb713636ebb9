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
import { createId } from '../../../core/storage/ids.js';
import type { Transcript } from '../admin-transcript.js';
import { addExchange } from '../../../../test/store-fixtures.js';

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
    // Whether a real answer is also doubtful depends on retrieval scores; that is tested below on stored answers.
    const all = ((await (await app.request('/admin/failures', auth())).json()) as FailureRow[])
      .map((r) => ({ ...r, kinds: r.kinds.filter((k) => k !== 'doubtful') }))
      .filter((r) => r.kinds.length > 0);
    expect(all.map((r) => [r.question, r.kinds, r.language, r.channel])).toEqual([
      ['What does Measure 10 say?', ['downvoted'], 'en', 'web'],
      ['明天上海的天气怎么样？', ['refused'], 'zh', 'web'],
      ['What is the weather tomorrow?', ['refused', 'downvoted'], 'en', 'api'],
      // Markup is not the conversation's subject: the follow-up names words no section holds.
      ['Who handles that? <script>alert(1)</script>', ['refused', 'downvoted'], 'en', 'api'],
    ]);
    expect(all[0]).toMatchObject({ cited: ['M10'], comment: 'too long', rating: 'down' });
    expect(all[3]).toMatchObject({ comment: 'should cite M10', history: [{ role: 'user' }, { role: 'assistant' }] });
    const questions = async (query: string) =>
      ((await (await app.request(`/admin/failures?${query}`, auth())).json()) as FailureRow[])
        .filter((r) => r.kinds.some((k) => k !== 'doubtful'))
        .map((r) => r.question);
    expect(await questions('kind=downvoted')).toEqual([
      'What does Measure 10 say?',
      'What is the weather tomorrow?',
      'Who handles that? <script>alert(1)</script>',
    ]);
    expect(await questions('kind=refused&language=en')).toEqual([
      'What is the weather tomorrow?',
      'Who handles that? <script>alert(1)</script>',
    ]);
    expect(await questions('language=zh')).toEqual(['明天上海的天气怎么样？']);
    expect(await questions('channel=web&kind=refused')).toEqual(['明天上海的天气怎么样？']);
    expect(await questions('channel=slack&kind=')).toEqual([]);
    expect((await app.request('/admin/failures?kind=doubtful', auth())).status).toBe(200);
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

describe('low-confidence answers and transcripts', () => {
  let doubtful: Awaited<ReturnType<typeof addExchange>>;
  let handoffId: string;
  beforeAll(async () => {
    doubtful = await addExchange(
      deps.store,
      '2025-03-05T08:00:00.000Z',
      {
        text: 'Overall Requirement 1 addresses this. [R1]',
        citations: ['R1'],
        doubts: ['general_section'],
        trace: {
          strategy: 'hybrid',
          retrieved: [
            { id: 'R1', score: 0.69 },
            { id: 'M14', score: 0.66 },
          ],
        },
      },
      '我想找人工客服 <b>now</b>',
    );
    await deps.store.putFeedback({
      conversationId: doubtful.conversationId,
      messageId: doubtful.assistant.id,
      rating: 'down',
      comment: 'not what I asked',
      createdAt: '2025-03-05T08:01:00.000Z',
    });
    handoffId = createId('h');
    await deps.store.createHandoff({
      id: handoffId,
      conversationId: doubtful.conversationId,
      status: 'taken',
      contact: '13800138000',
      note: 'please call',
      slackChannel: 'CHANDOFF',
      slackTs: '1700000100.000100',
      staffUser: 'U7',
      createdAt: '2025-03-05T08:02:00.000Z',
      updatedAt: '2025-03-05T08:03:00.000Z',
    });
    await deps.store.addStaffMessage({
      id: createId('m'),
      handoffId,
      conversationId: doubtful.conversationId,
      author: 'Li Wei',
      text: 'We will call you.',
      slackTs: '1700000101.000100',
      createdAt: '2025-03-05T08:04:00.000Z',
    });
  });

  it('lists doubtful answers with their signals under kind=doubtful, and exports them with the reason', async () => {
    const rows = (await (await app.request('/admin/failures?kind=doubtful', auth())).json()) as FailureRow[];
    expect(rows.find((r) => r.messageId === doubtful.assistant.id)).toMatchObject({
      kinds: ['downvoted', 'doubtful'],
      doubts: ['general_section'],
      cited: ['R1'],
      language: 'zh',
    });
    const lines = (await (await app.request('/admin/export?kind=doubtful', auth())).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.find((l) => l.question === '我想找人工客服 <b>now</b>').note).toMatch(
      /^down-voted, low confidence \(general_section\) on web/,
    );
  });

  it("gives a conversation's transcript: turns, citations, scores, feedback, staff replies and hand-offs with their status", async () => {
    const res = await app.request(`/admin/conversations/${doubtful.conversationId}`, auth());
    expect(res.status).toBe(200);
    const transcript = (await res.json()) as Transcript;
    expect(transcript.conversation).toMatchObject({ id: doubtful.conversationId, channel: 'web' });
    expect(transcript.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'staff']);
    expect(transcript.turns[1]).toMatchObject({
      cited: ['R1'],
      doubts: ['general_section'],
      flags: ['downvoted', 'doubtful'],
      retrieved: [
        { id: 'R1', score: 0.69 },
        { id: 'M14', score: 0.66 },
      ],
      feedback: { rating: 'down', comment: 'not what I asked' },
    });
    expect(transcript.turns[2]).toMatchObject({ author: 'Li Wei', text: 'We will call you.', handoffId });
    expect(transcript.handoffs).toEqual([
      expect.objectContaining({ id: handoffId, status: 'taken', staffUser: 'U7', note: 'please call' }),
    ]);
    // Redacted as on the hand-off list: staff have the contact in Slack.
    expect(transcript.handoffs[0]!.contact).not.toContain('13800138000');
  });

  it('answers 404 for an unknown conversation and 401 without the token; the page takes ?token=', async () => {
    const unknown = await app.request('/admin/conversations/c_nope', auth());
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await app.request(`/admin/conversations/${doubtful.conversationId}`)).status).toBe(401);
    expect((await app.request(`/admin/conversations/${doubtful.conversationId}?token=${TOKEN}`)).status).toBe(401);
    expect((await app.request(`/admin/conversations/${doubtful.conversationId}/view?token=wrong`)).status).toBe(401);
    expect((await app.request(`/admin/conversations/c_nope/view?token=${TOKEN}`)).status).toBe(404);
  });

  it('renders the transcript page escaped, with the flags in words and a way back that keeps the token', async () => {
    const res = await app.request(`/admin/conversations/${doubtful.conversationId}/view?token=${TOKEN}`);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('我想找人工客服 &lt;b&gt;now&lt;/b&gt;');
    expect(html).toContain('down-voted; low confidence: led by the preamble or an overall requirement');
    expect(html).toContain('<code>R1</code> Overall Requirement 1');
    expect(html).toContain('staff: Li Wei');
    expect(html).toContain('taken (U7)');
    expect(html).toContain(`href="/admin?token=${TOKEN}"`);
    expect(html).not.toContain('<script');
  });

  it('links each listed failure and hand-off to its transcript, carrying the ?token= the page was opened with', async () => {
    const html = await (await app.request(`/admin?token=${TOKEN}&kind=doubtful`)).text();
    const href = `href="/admin/conversations/${doubtful.conversationId}/view?token=${TOKEN}"`;
    expect(html.split('<section id="failures">')[1]!.split('</section>')[0]).toContain(href);
    expect(html.split('<section id="handoffs">')[1]!.split('</section>')[0]).toContain(href);
    const bearer = await (await app.request('/admin', auth())).text();
    expect(bearer).toContain(`href="/admin/conversations/${doubtful.conversationId}/view"`);
  });
});
