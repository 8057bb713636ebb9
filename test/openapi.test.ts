import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { parseConfig } from '../src/core/config.js';
import { createId } from '../src/core/storage/ids.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';
import { checkReferences, compileSchema, openApi31Schema, type OpenApiDocument, type Operation } from './openapi-structure.js';

let dir: string;
let deps: NodeDeps;
let app: ReturnType<typeof createApp>;
let document: OpenApiDocument;
let asked: { conversationId: string; messageId: string };

const json = (body: unknown, type = 'application/json'): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': type },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'openapi-test-'));
  deps = await createNodeDeps(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
  app = createApp(deps);
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  document = openApi31Schema.parse(await res.json());
  asked = (await (await app.request('/api/chat', json({ message: 'What does Measure 10 say?' }))).json()) as typeof asked;
});
afterAll(async () => {
  await deps.store.close();
  rmSync(dir, { recursive: true, force: true });
});

function operationOf(method: string, path: string): Operation {
  const operation = document.paths[path]?.[method as 'get'];
  if (!operation) throw new Error(`${method} ${path} is not in the document`);
  return operation;
}

function examplesOf(operation: Operation): unknown[] {
  return Object.values(operation.requestBody?.content['application/json']?.examples ?? {}).map((e) => e.value);
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document whose references resolve and whose schemas compile', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(checkReferences(document)).toEqual([]);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
      expect(() => compileSchema(document, schema), name).not.toThrow();
    }
  });

  it('lists every public route', () => {
    const listed = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(listed).toEqual(
      expect.arrayContaining([
        'POST /api/chat',
        'POST /api/chat/stream',
        'GET /api/measures',
        'GET /api/measures/{id}',
        'GET /api/policy',
        'POST /api/feedback',
        'POST /api/match',
        'GET /api/conversations/{id}',
        'GET /healthz',
        'GET /metrics',
        'GET /openapi.json',
        'GET /docs',
      ]),
    );
  });

  it('gives every route a summary and every request body examples in English and Chinese that its schema accepts', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(operation!.summary, `${method} ${path}`).toBeTruthy();
        const body = operation!.requestBody?.content['application/json'];
        if (!body) continue;
        const examples = examplesOf(operation!);
        expect(
          examples.some((e) => /[\u4e00-\u9fff]/.test(JSON.stringify(e))),
          `${method} ${path}: a Chinese example`,
        ).toBe(true);
        expect(
          examples.some((e) => /[A-Za-z]{4,} [A-Za-z]{3,}/.test(JSON.stringify(e))),
          `${method} ${path}: an English example`,
        ).toBe(true);
        const schema = compileSchema(document, body.schema);
        for (const example of examples)
          expect(schema.safeParse(example).success, `${method} ${path} ${JSON.stringify(example)}`).toBe(true);
      }
    }
  });

  it('gives response examples that match their schemas', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation!.responses)) {
          const media = response.content?.['application/json'];
          if (!media?.schema) continue;
          const schema = compileSchema(document, media.schema);
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            expect(schema.safeParse(example.value).success, `${method} ${path} ${status} example ${name}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('every route answers as its description says', () => {
  const exercised = new Set<string>();

  /** Calls a route and checks the status and body against the document; returns the body. */
  async function call(method: string, path: string, url: string, init: RequestInit, status: number): Promise<unknown> {
    const res = await app.request(url, { method: method.toUpperCase(), ...init });
    expect(res.status, `${method} ${url}`).toBe(status);
    const response = operationOf(method, path).responses[String(status)];
    expect(response, `${method} ${path} documents ${status}`).toBeDefined();
    const type = res.headers.get('content-type')!.split(';')[0]!;
    const media = response!.content?.[type];
    expect(media, `${method} ${path} ${status} documents ${type}`).toBeDefined();
    exercised.add(`${method} ${path}`);
    const body = type === 'application/json' ? await res.json() : await res.text();
    if (type === 'application/json') {
      const parsed = compileSchema(document, media!.schema).safeParse(body);
      expect(parsed.success, `${method} ${url}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
    return body;
  }

  it('POST /api/chat: each documented example, and the contract errors', async () => {
    for (const example of examplesOf(operationOf('post', '/api/chat'))) await call('post', '/api/chat', '/api/chat', json(example), 200);
    const traced = (await call('post', '/api/chat', '/api/chat?trace=1', json({ message: '哪些措施支持生物医药？' }), 200)) as {
      trace?: unknown;
    };
    expect(traced.trace).toBeDefined();
    await call('post', '/api/chat', '/api/chat', json({ message: ' ' }), 400);
    await call('post', '/api/chat', '/api/chat', json('{"message":'), 400);
    await call('post', '/api/chat', '/api/chat?channel=fax', json({ message: 'hi' }), 400);
    await call('post', '/api/chat', '/api/chat', json({ message: 'x'.repeat(40_000) }), 413);
    await call('post', '/api/chat', '/api/chat', json('message=hi', 'text/plain'), 415);
  });

  it('POST /api/chat/stream: delta events, then done with an Answer', async () => {
    const components = document.components!.schemas!;
    const delta = compileSchema(document, components.StreamDelta);
    const answer = compileSchema(document, components.Answer);
    for (const example of examplesOf(operationOf('post', '/api/chat/stream'))) {
      const text = (await call('post', '/api/chat/stream', '/api/chat/stream', json(example), 200)) as string;
      const events = text
        .trim()
        .split('\n\n')
        .map((block) => ({ event: /^event: (.+)$/m.exec(block)?.[1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]!) }));
      expect(events.at(-1)!.event).toBe('done');
      expect(answer.safeParse(events.at(-1)!.data).success).toBe(true);
      expect(events.slice(0, -1).every((e) => e.event === 'delta' && delta.safeParse(e.data).success)).toBe(true);
    }
    await call('post', '/api/chat/stream', '/api/chat/stream', json({}), 400);
    await call('post', '/api/chat/stream', '/api/chat/stream', json('{}', 'text/plain'), 415);
  });

  it('GET /api/measures and /api/measures/{id}, in English and Chinese', async () => {
    expect(await call('get', '/api/measures', '/api/measures', {}, 200)).toHaveLength(47);
    const zh = (await call('get', '/api/measures', '/api/measures?lang=zh', {}, 200)) as Array<{ title: string }>;
    expect(zh.find((s) => /[\u4e00-\u9fff]/.test(s.title))).toBeDefined();
    await call('get', '/api/measures', '/api/measures?lang=fr', {}, 400);
    expect(await call('get', '/api/measures/{id}', '/api/measures/m10', {}, 200)).toMatchObject({ id: 'M10', label: 'Measure 10' });
    expect(await call('get', '/api/measures/{id}', '/api/measures/M10?lang=zh', {}, 200)).toMatchObject({ id: 'M10', label: '措施10' });
    await call('get', '/api/measures/{id}', '/api/measures/M42', {}, 404);
    await call('get', '/api/measures/{id}', '/api/measures/M10?lang=de', {}, 400);
  });

  it('GET /api/policy', async () => {
    expect(await call('get', '/api/policy', '/api/policy', {}, 200)).toMatchObject([
      { id: 'jingan', documentNumber: 'JDDRC D (2024) No.18' },
    ]);
  });

  it('POST /api/feedback and GET /api/conversations/{id}', async () => {
    const { conversationId, messageId } = asked;
    await call(
      'post',
      '/api/feedback',
      '/api/feedback',
      json({ conversationId, messageId, rating: 'down', comment: '没有说明贷款利率' }),
      201,
    );
    await call('post', '/api/feedback', '/api/feedback', json({ conversationId, messageId: createId('m'), rating: 'up' }), 404);
    await call('post', '/api/feedback', '/api/feedback', json({ conversationId, messageId, rating: 'meh' }), 400);
    await call('post', '/api/feedback', '/api/feedback', json('{}', 'text/plain'), 415);
    await call(
      'post',
      '/api/feedback',
      '/api/feedback',
      json({ conversationId, messageId, rating: 'up', comment: 'x'.repeat(40_000) }),
      413,
    );
    await call('get', '/api/conversations/{id}', `/api/conversations/${conversationId}`, {}, 200);
    await call('get', '/api/conversations/{id}', `/api/conversations/${createId('c')}`, {}, 404);
    await call('get', '/api/conversations/{id}', '/api/conversations/not-an-id', {}, 400);
  });

  it('POST /api/handoff (503 with contacts: no hand-off channel here) and GET /api/conversations/{id}/messages', async () => {
    const { conversationId, messageId } = asked;
    const unavailable = (await call('post', '/api/handoff', '/api/handoff', json({ conversationId, note: '想找人工客服' }), 503)) as {
      contacts: Array<{ phone?: string }>;
    };
    expect(unavailable.contacts.at(-1)?.phone).toBe('12345');
    await call('post', '/api/handoff', '/api/handoff', json({ conversationId: createId('c') }), 404);
    await call('post', '/api/handoff', '/api/handoff', json({ conversationId, contact: 'x'.repeat(201) }), 400);
    await call('post', '/api/handoff', '/api/handoff', json('{}', 'text/plain'), 415);
    const path = '/api/conversations/{id}/messages';
    const all = (await call('get', path, `/api/conversations/${conversationId}/messages`, {}, 200)) as { messages: Array<{ id: string }> };
    expect(all.messages.map((m) => m.id)).toContain(messageId);
    const after = (await call('get', path, `/api/conversations/${conversationId}/messages?after=${messageId}`, {}, 200)) as {
      messages: unknown[];
    };
    expect(after.messages).toEqual([]);
    await call('get', path, `/api/conversations/${conversationId}/messages?after=${createId('m')}`, {}, 400);
    await call('get', path, `/api/conversations/${createId('c')}/messages`, {}, 404);
  });

  it('POST /api/match: each documented example, and bad input', async () => {
    for (const example of examplesOf(operationOf('post', '/api/match'))) await call('post', '/api/match', '/api/match', json(example), 200);
    for (const bad of [
      {},
      { profile: '' },
      { profile: 'x'.repeat(2001) },
      { profile: 'a bank', limit: 21 },
      { profile: 'a bank', needs: ['money'] },
      { profile: 'a bank', extra: 1 },
    ]) {
      const body = (await call('post', '/api/match', '/api/match', json(bad), 400)) as { error: { code: string } };
      expect(body.error.code).toBe('invalid_request');
    }
    await call('post', '/api/match', '/api/match', json('{"profile":'), 400);
    await call('post', '/api/match', '/api/match', json('profile=x', 'application/x-www-form-urlencoded'), 415);
  });

  it('GET /healthz, /metrics, /openapi.json and /docs', async () => {
    expect(await call('get', '/healthz', '/healthz', {}, 200)).toEqual({ ok: true });
    expect(await call('get', '/metrics', '/metrics', {}, 200)).toMatch(/^# HELP /m);
    await call('get', '/openapi.json', '/openapi.json', {}, 200);
    const page = (await call('get', '/docs', '/docs', {}, 200)) as string;
    expect(page).not.toMatch(/<script|\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    for (const path of Object.keys(document.paths)) expect(page).toContain(path);
    expect(page).toContain('科技企业能用专利做抵押贷款吗？');
  });

  it('has exercised every operation in the document', () => {
    const listed = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect([...exercised].sort()).toEqual(listed.sort());
  });
});
