import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../core/logger.js';
import type { AppEnv } from './app-env.js';
import type { HttpObserver } from './deps.js';
import { observeRequests } from './observe-requests.js';

function build() {
  const lines: Array<Record<string, unknown>> = [];
  const logger: Logger = {
    debug: () => {},
    info: (obj) => lines.push(obj as Record<string, unknown>),
    warn: () => {},
    error: (obj) => lines.push(obj as Record<string, unknown>),
  };
  const requests: Array<Parameters<HttpObserver['request']>[0]> = [];
  const observer: HttpObserver = { request: (r) => requests.push(r), scrape: async () => ({ contentType: 'text/plain', body: '' }) };
  const app = new Hono<AppEnv>();
  app.use('*', observeRequests(logger, observer));
  app.get('/items/:id', (c) => {
    c.var.logger.info({ step: 'handler' }, 'inside');
    return c.json({ id: c.req.param('id') });
  });
  return { app, lines, requests };
}

describe('observeRequests', () => {
  it('gives each request a new id, in the header and on every log line of the request', async () => {
    const { app, lines } = build();
    const [a, b] = await Promise.all([app.request('/items/1'), app.request('/items/2')]);
    const ids = [a, b].map((res) => res.headers.get('x-request-id'));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(lines.filter((l) => l.requestId === ids[0]).map((l) => l.step ?? l.route)).toEqual(['handler', '/items/:id']);
  });

  it('keeps a safe incoming id and replaces an unsafe one', async () => {
    const { app } = build();
    const id = async (value: string) => (await app.request('/items/1', { headers: { 'x-request-id': value } })).headers.get('x-request-id');
    expect(await id('req-2025.06.01:abc_123')).toBe('req-2025.06.01:abc_123');
    for (const unsafe of ['short', 'has space inside', 'x'.repeat(200), '<script>alert(1)</script>']) {
      expect(await id(unsafe)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('reports the route pattern, not the path, and "unmatched" for a 404', async () => {
    const { app, requests, lines } = build();
    await app.request('/items/42');
    await app.request('/nothing/here');
    expect(requests.map(({ route, status, method }) => ({ route, status, method }))).toEqual([
      { route: '/items/:id', status: 200, method: 'GET' },
      { route: 'unmatched', status: 404, method: 'GET' },
    ]);
    expect(requests.every((r) => r.ms >= 0)).toBe(true);
    expect(lines.at(-1)).toMatchObject({ path: '/nothing/here', route: 'unmatched', status: 404 });
  });
});

describe('a logger whose level is off', () => {
  it('gets no access line nor handler line, and the request is still counted', async () => {
    const calls: string[] = [];
    const logger: Logger = {
      debug: () => calls.push('debug'),
      info: () => calls.push('info'),
      warn: () => calls.push('warn'),
      error: () => calls.push('error'),
      isLevelEnabled: (level) => level === 'warn' || level === 'error',
    };
    const requests: string[] = [];
    const observer: HttpObserver = {
      request: (r) => requests.push(r.route),
      scrape: async () => ({ contentType: 'text/plain', body: '' }),
    };
    const app = new Hono<AppEnv>();
    app.use('*', observeRequests(logger, observer));
    app.get('/items/:id', (c) => {
      c.var.logger.info({ step: 'handler' }, 'inside');
      c.var.logger.warn({ step: 'handler' }, 'careful');
      return c.json({});
    });
    await app.request('/items/1');
    expect(calls).toEqual(['warn']);
    expect(requests).toEqual(['/items/:id']);
  });
});
