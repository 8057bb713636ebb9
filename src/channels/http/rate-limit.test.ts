import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientKey, isLoopback, rateLimit, readClientAddress, stripPort } from './rate-limit.js';

const settings = { rateLimitPerMinute: 3, rateLimitLoopback: false, trustProxy: false };

/** An app behind the limiter; each request comes from the given socket address, as @hono/node-server reports it. */
function buildApp(config = settings, clock = { now: 0 }) {
  const app = new Hono();
  app.use(
    '*',
    rateLimit(config, () => clock.now),
  );
  app.post('/api/chat', (c) => c.json({ ok: true }));
  const send = (from: string | null, headers: Record<string, string> = {}) =>
    app.request('/api/chat', { method: 'POST', headers }, from === null ? undefined : { incoming: { socket: { remoteAddress: from } } });
  return { send, clock };
}

describe('the per-client rate limit', () => {
  it("allows a burst of a minute's allowance, then answers 429 with Retry-After and the contract body", async () => {
    const { send, clock } = buildApp();
    for (let i = 0; i < 3; i++) expect((await send('203.0.113.7')).status).toBe(200);
    const limited = await send('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('20');
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringMatching(/try again in 20 s/) } });
    // Another client has its own bucket; the first gets a token back after 20 s.
    expect((await send('198.51.100.2')).status).toBe(200);
    clock.now = 20_000;
    expect((await send('203.0.113.7')).status).toBe(200);
    expect((await send('203.0.113.7')).status).toBe(429);
  });

  it('exempts loopback and in-process callers unless asked, and is off at 0', async () => {
    const open = buildApp();
    for (let i = 0; i < 10; i++) expect((await open.send('127.0.0.1')).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await open.send(null)).status).toBe(200);
    const strict = buildApp({ ...settings, rateLimitLoopback: true });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await strict.send('::1')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const off = buildApp({ ...settings, rateLimitPerMinute: 0 });
    for (let i = 0; i < 10; i++) expect((await off.send('203.0.113.7')).status).toBe(200);
  });

  it('reads X-Forwarded-For only behind a trusted proxy, taking the address the proxy appended', async () => {
    const direct = buildApp();
    for (let i = 0; i < 3; i++) await direct.send('203.0.113.9', { 'x-forwarded-for': `10.0.0.${i}` });
    expect((await direct.send('203.0.113.9', { 'x-forwarded-for': '10.0.0.99' })).status).toBe(429);
    const proxied = buildApp({ ...settings, trustProxy: true });
    // Spoofed left-hand entries change nothing: the proxy's own entry is the last one.
    for (let i = 0; i < 3; i++)
      expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': `6.6.6.${i}, 198.51.100.5` })).status).toBe(200);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '198.51.100.5' })).status).toBe(429);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '198.51.100.6' })).status).toBe(200);
  });

  it('counts a client behind a port-adding proxy once, whatever the port', async () => {
    const proxied = buildApp({ ...settings, trustProxy: true });
    for (let port = 40001; port <= 40003; port++)
      expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': `203.0.113.7:${port}` })).status).toBe(200);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '203.0.113.7:40004' })).status).toBe(429);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '::ffff:203.0.113.7' })).status).toBe(429);
    for (let port = 1; port <= 3; port++)
      expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': `[2001:db8:5::${port}]:${50000 + port}` })).status).toBe(200);
    expect((await proxied.send('10.1.1.1', { 'x-forwarded-for': '[2001:db8:5:0:ffff::1]:1' })).status).toBe(429);
  });

  it('keys IPv6 clients by their /64', async () => {
    const { send } = buildApp();
    for (let i = 1; i <= 3; i++) expect((await send(`2001:db8:1:2::${i}`)).status).toBe(200);
    expect((await send('2001:db8:1:2:ffff::9')).status).toBe(429);
    expect((await send('2001:db8:1:3::1')).status).toBe(200);
  });

  it('never limits CORS preflights', async () => {
    const app = new Hono();
    app.use('*', rateLimit({ ...settings, rateLimitPerMinute: 1 }));
    app.on(['OPTIONS', 'POST'], '/api/chat', (c) => c.body(null, 204));
    const env = { incoming: { socket: { remoteAddress: '203.0.113.1' } } };
    for (let i = 0; i < 5; i++) expect((await app.request('/api/chat', { method: 'OPTIONS' }, env)).status).toBe(204);
  });
});

describe('client addresses', () => {
  it('takes CF-Connecting-IP only from a request that came through Cloudflare', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(String(readClientAddress(c, false))));
    const through = Object.assign(new Request('http://x/', { headers: { 'cf-connecting-ip': '192.0.2.4' } }), { cf: {} });
    expect(await (await app.fetch(through)).text()).toBe('192.0.2.4');
    expect(await (await app.request('/', { headers: { 'cf-connecting-ip': '192.0.2.4' } })).text()).toBe('null');
  });

  it.each([
    ['203.0.113.7:40001', '203.0.113.7'],
    ['[2001:db8::1]:40001', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['203.0.113.7', '203.0.113.7'],
  ])('%s without its port is %s', (entry, expected) => expect(stripPort(entry)).toBe(expected));

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['0:0:0:0:0:ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:1:2:3', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s is counted as %s', (address, key) => expect(clientKey(address)).toBe(key));

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:7f00:1', true],
  ])('%s is loopback: %s', (address, expected) => expect(isLoopback(address)).toBe(expected));
});
