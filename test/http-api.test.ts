import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/channels/http/create-app.js';
import { parseConfig } from '../src/core/config.js';
import { createNodeDeps, type NodeDeps } from '../src/runtimes/node/create-node-deps.js';

let server: ServerType;
let base: string;
let deps: NodeDeps;

beforeAll(async () => {
  deps = await createNodeDeps(parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'jingan-http-')), LOG_LEVEL: 'silent' }));
  server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await deps.store.close();
});

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

describe('HTTP API over a real socket', () => {
  it('GET /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('POST /api/chat answers the contract Answer object', async () => {
    const res = await post('/api/chat', JSON.stringify({ message: 'Can a tech company get a loan backed by its patents?' }));
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(Object.keys(answer)).toEqual([
      'answer',
      'citations',
      'refused',
      'related',
      'notices',
      'conversationId',
      'messageId',
      'mode',
      'language',
    ]);
    expect(answer.citations[0]).toMatchObject({
      id: 'M10',
      title: 'Enhancing technology finance',
      departments: ["Jing'an District Investment Office"],
    });
    expect(answer.conversationId).toMatch(/^c_/);
    expect(answer.messageId).toMatch(/^m_/);
  });

  it('continues a conversation by id', async () => {
    const first = await (
      await post('/api/chat', JSON.stringify({ message: 'Can a tech company get a loan backed by its patents?' }))
    ).json();
    const second = await (
      await post('/api/chat', JSON.stringify({ message: 'Who handles that?', conversationId: first.conversationId }))
    ).json();
    expect(second.conversationId).toBe(first.conversationId);
    expect(second.citations.map((c: { id: string }) => c.id)).toEqual(['M10']);
  });

  it('records the channel the widget names and rejects unknown ones', async () => {
    const web = await (await post('/api/chat?channel=web', JSON.stringify({ message: 'What does measure 10 say?' }))).json();
    const conversation = await (await fetch(`${base}/api/conversations/${web.conversationId}`)).json();
    expect(conversation.channel).toBe('web');
    const bad = await post('/api/chat?channel=fax', JSON.stringify({ message: 'hi' }));
    expect(bad.status).toBe(400);
  });

  it('GET /api/measures and /api/measures/:id', async () => {
    const all = await (await fetch(`${base}/api/measures`)).json();
    expect(all).toHaveLength(47);
    expect(Object.keys(all[0])).toEqual(expect.arrayContaining(['id', 'title', 'section', 'departments', 'text']));
    const m41 = await (await fetch(`${base}/api/measures/M41`)).json();
    expect(m41.departments).toEqual(["Jing'an District Talent Bureau"]);
    const missing = await fetch(`${base}/api/measures/M42`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('streams deltas and ends with done', async () => {
    const res = await post('/api/chat/stream', JSON.stringify({ message: 'What does measure 10 say?' }));
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    expect(text).toMatch(/^event: delta$/m);
    const done = text.split('event: done\ndata: ')[1]!.split('\n')[0]!;
    expect(JSON.parse(done).citations[0].id).toBe('M10');
  });

  it.each([
    ['invalid JSON', '{"message":', 'application/json', 400, 'invalid_json'],
    ['missing message', '{}', 'application/json', 400, 'invalid_request'],
    ['empty message', '{"message":"   "}', 'application/json', 400, 'invalid_request'],
    ['over-long message', JSON.stringify({ message: 'x'.repeat(2001) }), 'application/json', 400, 'invalid_request'],
    ['wrong type', '{"message":42}', 'application/json', 400, 'invalid_request'],
    ['array body', '["hi"]', 'application/json', 400, 'invalid_request'],
    ['unknown field', '{"message":"hi","admin":true}', 'application/json', 400, 'invalid_request'],
    ['malformed conversation id', '{"message":"hi","conversationId":"../../etc"}', 'application/json', 400, 'invalid_request'],
    ['wrong content type', 'message=hi', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['oversized body', JSON.stringify({ message: 'x'.repeat(40_000) }), 'application/json', 413, 'payload_too_large'],
  ])('rejects %s with a contract 4xx', async (_name, body, type, status, code) => {
    for (const path of ['/api/chat', '/api/chat/stream']) {
      const res = await post(path, body, type);
      expect(res.status).toBe(status);
      const json = await res.json();
      expect(json.error.code).toBe(code);
      expect(json.error.message).not.toMatch(/\n\s+at /);
    }
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await fetch(`${base}/api/nothing`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('allows CORS for localhost origins and not for others', async () => {
    const allowed = await fetch(`${base}/api/measures`, { headers: { origin: 'http://localhost:3000' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const denied = await fetch(`${base}/api/measures`, { headers: { origin: 'https://evil.example' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });
});
