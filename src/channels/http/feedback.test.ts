import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../core/config.js';
import { createId } from '../../core/storage/ids.js';
import { createNodeDeps, type NodeDeps } from '../../runtimes/node/create-node-deps.js';
import { addExchange } from '../../../test/store-fixtures.js';
import { createApp } from './create-app.js';

let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'feedback-test-'));
  deps = await createNodeDeps(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  app = createApp(deps);
});
afterAll(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, type = 'application/json') =>
  app.request(path, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function chat(message: string, conversationId?: string) {
  const res = await post('/api/chat', { message, ...(conversationId ? { conversationId } : {}) });
  expect(res.status).toBe(200);
  return (await res.json()) as { conversationId: string; messageId: string; answer: string; notices: Array<{ kind: string }> };
}

async function expectError(res: Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error).toEqual({ code: code ?? expect.any(String), message: expect.any(String) });
}

describe('POST /api/feedback', () => {
  it('stores a rating with 201 and replaces it when repeated', async () => {
    const { conversationId, messageId } = await chat('Can a technology company get a loan backed by its patents?');
    const first = await post('/api/feedback', { conversationId, messageId, rating: 'up' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ ok: true, conversationId, messageId, rating: 'up' });
    const second = await post('/api/feedback', { conversationId, messageId, rating: 'down', comment: 'mail me at a.b@example.com' });
    expect(second.status).toBe(201);
    expect(await deps.store.getFeedback(messageId)).toMatchObject({ rating: 'down', comment: 'mail me at [email removed]' });
  });

  it('answers 404 for an unknown message', async () => {
    const { conversationId } = await chat('What does Measure 10 say?');
    await expectError(await post('/api/feedback', { conversationId, messageId: createId('m'), rating: 'up' }), 404, 'not_found');
  });

  it('rejects bad input with the contract error', async () => {
    const { conversationId, messageId } = await chat('Who handles technology finance?');
    const valid = { conversationId, messageId, rating: 'up' };
    await expectError(await post('/api/feedback', { ...valid, rating: 'meh' }), 400, 'invalid_request');
    await expectError(await post('/api/feedback', { ...valid, comment: 'x'.repeat(2001) }), 400, 'invalid_request');
    await expectError(await post('/api/feedback', { ...valid, messageId: 'm_short' }), 400, 'invalid_request');
    await expectError(await post('/api/feedback', { ...valid, conversationId: messageId }), 400, 'invalid_request');
    await expectError(await post('/api/feedback', { ...valid, extra: 1 }), 400, 'invalid_request');
    await expectError(await post('/api/feedback', '{"rating": '), 400, 'invalid_json');
    await expectError(await post('/api/feedback', JSON.stringify(valid), 'text/plain'), 415, 'unsupported_media_type');
    expect(await deps.store.getFeedback(messageId)).toBeNull();
  });

  it('stores all of 200 concurrent posts', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => addExchange(deps.store, new Date(Date.UTC(2025, 5, 1, 0, 0, i)).toISOString())),
    );
    const responses = await Promise.all(
      answers.map(({ conversationId, assistant }, i) =>
        post('/api/feedback', { conversationId, messageId: assistant.id, rating: i % 2 ? 'up' : 'down', comment: `case ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(answers.map(() => 201));
    const stored = await Promise.all(answers.map(({ assistant }) => deps.store.getFeedback(assistant.id)));
    expect(stored.map((f) => f?.comment)).toEqual(answers.map((_, i) => `case ${i}`));
  });
});

describe('conversations', () => {
  it('returns both turns with personal data redacted', async () => {
    const { conversationId, messageId } = await chat('I am li.wei@example.com, can my firm get help with patents?');
    const res = await app.request(`/api/conversations/${conversationId}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; messages: Array<{ id: string; role: string; text: string }> };
    expect(body.id).toBe(conversationId);
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(body.messages[0]!.text).toBe('I am [email removed], can my firm get help with patents?');
    expect(body.messages[1]!.id).toBe(messageId);
    expect(JSON.stringify(body)).not.toContain('li.wei@example.com');
  });

  it('continues a known conversation and starts a new one, with a notice, for an unknown id', async () => {
    const first = await chat('What does Measure 10 offer?');
    const followup = await chat('Who handles that?', first.conversationId);
    expect(followup.conversationId).toBe(first.conversationId);
    expect(followup.notices.map((n) => n.kind)).not.toContain('new_conversation');

    const unknown = createId('c');
    const fresh = await chat('What does Measure 10 offer?', unknown);
    expect(fresh.conversationId).not.toBe(unknown);
    expect(fresh.notices.map((n) => n.kind)).toContain('new_conversation');
    expect((await deps.store.listMessages(fresh.conversationId)).length).toBe(2);
  });

  it('answers 404 for an unknown conversation and 400 for a malformed id', async () => {
    await expectError(await app.request(`/api/conversations/${createId('c')}`), 404, 'not_found');
    await expectError(await app.request('/api/conversations/not-an-id'), 400, 'invalid_request');
  });
});
