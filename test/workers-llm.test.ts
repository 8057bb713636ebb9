import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWorkerAssets } from '../scripts/build-worker-assets.js';
import { startLocalWorker, type LocalWorker } from '../scripts/run-wrangler.js';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai-server.js';

const dir = mkdtempSync(join(tmpdir(), 'jingan-workers-llm-'));
const QUESTION = 'Can a tech company get a loan backed by its patents?';
let fake: FakeOpenAi;
let worker: LocalWorker;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  await buildWorkerAssets();
  // In production OPENAI_API_KEY is a secret (wrangler secret put); --var stands in for it locally.
  worker = await startLocalWorker(dir, {
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: 'fake-model',
    OPENAI_TIMEOUT_MS: '3000',
  });
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  fake.mode = 'ok';
  fake.requests.length = 0;
});

const ask = (path: string) =>
  fetch(`${worker.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: QUESTION }),
  });

describe('LLM mode on the worker, through fetch', () => {
  it('answers from the configured model with verified citations', async () => {
    const answer = (await (await ask('/api/chat')).json()) as { mode: string; answer: string; citations: Array<{ id: string }> };
    expect(answer.mode).toBe('llm');
    expect(answer.answer).toMatch(/^According to the policy/);
    expect(answer.citations.map((c) => c.id)).toEqual(['M10']);
    expect(fake.requests.map((r) => [r.path, r.body.model])).toEqual([['/v1/chat/completions', 'fake-model']]);
  });

  it('streams the model deltas', async () => {
    const text = await (await ask('/api/chat/stream')).text();
    const deltas = [...text.matchAll(/^event: delta\ndata: (.*)$/gm)].map((m) => (JSON.parse(m[1]!) as { text: string }).text);
    const done = JSON.parse(text.split('event: done\ndata: ')[1]!.split('\n')[0]!) as { mode: string; answer: string };
    expect(done.mode).toBe('llm');
    // Verified sentence by sentence, the streamed text adds up to the final answer.
    expect(deltas.join('').trim()).toBe(done.answer);
  });

  it('falls back to the offline answer when the model fails', async () => {
    fake.mode = 'server-error';
    const answer = (await (await ask('/api/chat')).json()) as {
      mode: string;
      notices: Array<{ kind: string }>;
      citations: Array<{ id: string }>;
    };
    expect(answer.mode).toBe('offline');
    expect(answer.notices.map((n) => n.kind)).toContain('fallback');
    expect(answer.citations.map((c) => c.id)).toEqual(['M10']);
  });
});
