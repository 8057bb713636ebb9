import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkerAssets } from '../scripts/build-worker-assets.js';
import { bundleWorker, WORKER_GZIP_BUDGET } from '../scripts/build-worker.js';
import { startLocalWorker, type LocalWorker } from '../scripts/run-wrangler.js';
import { createApp } from '../src/channels/http/create-app.js';
import { parseConfig } from '../src/core/config.js';
import { parseDataset } from '../src/evals/dataset.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import type { WorkerAssets } from '../src/runtimes/workers/worker-assets.js';

const ADMIN_TOKEN = 'workers-test-token';
const POLICY_TODAY = '2026-01-15';
const dir = mkdtempSync(join(tmpdir(), 'jingan-workers-'));
let worker: LocalWorker;
let assets: WorkerAssets;
let nodeDeps: NodeDeps | undefined;

beforeAll(async () => {
  assets = await buildWorkerAssets();
  worker = await startLocalWorker(join(dir, 'd1'), { ADMIN_TOKEN, POLICY_TODAY });
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await nodeDeps?.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) =>
  fetch(`${worker.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the worker on workerd (wrangler dev --local)', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${worker.url}/healthz`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves the widget script and the demo page', async () => {
    const script = await fetch(`${worker.url}/widget.js`);
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(script.headers.get('etag')).toBe(`"${assets.widget.hash}"`);
    expect(await script.text()).toBe(assets.widget.script);
    expect(await (await fetch(`${worker.url}/`)).text()).toContain('widget.js');
  });

  it('answers POST /api/chat with cited measures', async () => {
    const res = await post('/api/chat', { message: 'Can a tech company get a loan backed by its patents?' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { citations: Array<{ id: string }>; mode: string; notices: Array<{ kind: string }> };
    expect(answer.citations.map((c) => c.id)).toContain('M10');
    expect(answer.mode).toBe('offline');
    expect(answer.notices.map((n) => n.kind)).toContain('validity');
  });

  it('streams delta events, then the Answer as done', async () => {
    const res = await post('/api/chat/stream', { message: 'What does the policy say about green finance?' });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseSse(await res.text());
    const deltas = events.filter((e) => e.event === 'delta');
    expect(deltas.length).toBeGreaterThan(1);
    expect(events.at(-1)!.event).toBe('done');
    const done = JSON.parse(events.at(-1)!.data) as { answer: string; citations: Array<{ id: string }> };
    expect(deltas.map((e) => (JSON.parse(e.data) as { text: string }).text).join('')).toBe(done.answer);
    expect(done.citations.map((c) => c.id)).toContain('M11');
  });

  it('stores the exchange and its feedback in D1', async () => {
    const chat = (await (await post('/api/chat', { message: 'Who handles inclusive finance?' })).json()) as {
      conversationId: string;
      messageId: string;
    };
    const feedback = await post('/api/feedback', { conversationId: chat.conversationId, messageId: chat.messageId, rating: 'up' });
    expect(feedback.status).toBe(201);
    const conversation = (await (await fetch(`${worker.url}/api/conversations/${chat.conversationId}`)).json()) as { messages: unknown[] };
    expect(conversation.messages).toHaveLength(2);
    const stats = await fetch(`${worker.url}/admin/stats`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(((await stats.json()) as { feedback: { up: number } }).feedback.up).toBe(1);
  });

  it('runs the retention purge on its cron trigger and keeps recent conversations', async () => {
    const chat = (await (await post('/api/chat', { message: 'measure 41' })).json()) as { conversationId: string };
    expect((await fetch(`${worker.url}/cdn-cgi/handler/scheduled?cron=30+3+*+*+*`)).status).toBe(200);
    expect((await fetch(`${worker.url}/api/conversations/${chat.conversationId}`)).status).toBe(200);
    expect(worker.output()).toContain('retention purged conversations');
  });

  it('answers a hand-off with 503 and the contacts to call, since Slack stays on Node', async () => {
    const chat = (await (await post('/api/chat', { message: '我想找人工客服' })).json()) as { conversationId: string };
    const res = await post('/api/handoff', { conversationId: chat.conversationId, note: '请联系我' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { contacts: Array<{ phone?: string }> }).contacts.at(-1)?.phone).toBe('12345');
    const messages = await fetch(`${worker.url}/api/conversations/${chat.conversationId}/messages`);
    expect(((await messages.json()) as { messages: Array<{ role: string }> }).messages.map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('sends Slack to the Node server with a JSON 501', async () => {
    const res = await post('/slack/events', { type: 'url_verification', challenge: 'x' });
    expect(res.status).toBe(501);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('slack_not_on_workers');
  });

  it('bundles within the Workers free plan limit of 3 MiB gzip', { timeout: 120_000 }, async () => {
    const size = await bundleWorker(join(dir, 'bundle'));
    expect(size.files.map((f) => f.name).join(' ')).toMatch(/word-vectors\.bin/);
    expect(size.gzip).toBeLessThan(WORKER_GZIP_BUDGET);
  });
});

interface TracedAnswer {
  answer: string;
  citations: Array<{ id: string }>;
  refused: boolean;
  notices: Array<{ kind: string }>;
  trace: { retrieved: Array<{ id: string }> };
}

describe('parity with the Node server', () => {
  // Equal retrieved, cited, refused and answer per case make every eval metric equal too.
  it('gives the same answer, citations and ranking for every eval case', { timeout: 180_000 }, async () => {
    nodeDeps = await createNodeDeps(parseConfig({ DATA_DIR: join(dir, 'node'), POLICY_TODAY, LOG_LEVEL: 'warn' }));
    const nodeApp = createApp(nodeDeps);
    // English and Chinese: the Chinese index is built from the bundled documents, as on Node.
    const cases = ['evals/dataset.jsonl', 'evals/zh.jsonl'].flatMap((file) => parseDataset(readFileSync(file, 'utf8')).cases);
    const differences: string[] = [];
    for (const evalCase of cases) {
      const body = JSON.stringify({ message: evalCase.question, history: evalCase.history ?? [] });
      const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
      const node = summarize((await (await nodeApp.request('/api/chat?trace=1', init)).json()) as TracedAnswer);
      const edge = summarize((await (await fetch(`${worker.url}/api/chat?trace=1`, init)).json()) as TracedAnswer);
      for (const key of Object.keys(node) as Array<keyof typeof node>) {
        if (node[key] !== edge[key]) differences.push(`${evalCase.id} ${key}: node ${node[key]} | worker ${edge[key]}`);
      }
    }
    if (differences.length > 0) console.log(`worker/Node differences:\n${differences.join('\n')}`);
    expect(cases.length).toBeGreaterThan(300);
    expect(differences).toEqual([]);
  });
});

function summarize(answer: TracedAnswer) {
  return {
    cited: answer.citations.map((c) => c.id).join(','),
    refused: String(answer.refused),
    retrieved: answer.trace.retrieved.map((h) => h.id).join(','),
    notices: answer.notices.map((n) => n.kind).join(','),
    answer: answer.answer,
  };
}

function parseSse(text: string): Array<{ event: string; data: string }> {
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => ({
      event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message',
      data: block
        .split('\n')
        .filter((l) => l.startsWith('data: '))
        .map((l) => l.slice(6))
        .join('\n'),
    }));
}
