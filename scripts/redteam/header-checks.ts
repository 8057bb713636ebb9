import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import type { Logger } from '../../src/core/logger.js';
import { ADMIN_TOKEN, type Target } from './start-target.js';
import type { Tally } from './tally.js';

type Check = [string, () => Promise<string | null>];

/**
 * Browser-facing headers on every kind of response, the rate limit, and a body cut short: each
 * check returns null when it holds, else what it saw.
 */
export async function runHeaderChecks(target: Target): Promise<Tally> {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${target.base}${path}`, { headers });
  const checks: Check[] = [
    [
      'GET / runs only its own inline scripts (by hash), never framed',
      async () => {
        const res = await get('/');
        const csp = res.headers.get('content-security-policy') ?? '';
        const html = await res.text();
        const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
        const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
          (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
        );
        if (!csp || /unsafe-inline|unsafe-eval|\*/.test(script)) return `script-src: ${script || '(no CSP)'}`;
        if (!inline.every((hash) => script.includes(hash))) return 'an inline script is not allowed by its hash';
        return /frame-ancestors 'none'/.test(csp) ? null : `frame-ancestors missing: ${csp}`;
      },
    ],
    [
      'GET / does not reflect the Host header into its embed snippet',
      async () => {
        const html = await (await get('/', { host: 'evil.example' })).text();
        return html.includes('evil.example') ? 'the page shows the Host header' : null;
      },
    ],
    [
      'GET /admin cannot be framed',
      async () => {
        const res = await get('/admin', { authorization: `Bearer ${ADMIN_TOKEN}` });
        const csp = res.headers.get('content-security-policy') ?? '';
        return res.status === 200 && /frame-ancestors 'none'/.test(csp) && res.headers.get('x-frame-options') === 'DENY'
          ? null
          : `${res.status} ${csp}`;
      },
    ],
    ...['/', '/widget.js', '/api/measures', '/api/measures/M99', '/healthz', '/nowhere', '/admin/stats'].map(
      (path): Check => [
        `nosniff and Referrer-Policy on ${path}`,
        async () => {
          const res = await get(path);
          return res.headers.get('x-content-type-options') === 'nosniff' && res.headers.get('referrer-policy')
            ? null
            : `${res.status} without them`;
        },
      ],
    ),
    [
      'API JSON may not be framed or run anything',
      async () => {
        const csp = (await get('/api/measures')).headers.get('content-security-policy') ?? '';
        return csp.includes("default-src 'none'") && csp.includes("frame-ancestors 'none'") ? null : csp || '(no CSP)';
      },
    ],
    ['one client over its allowance gets 429 with Retry-After; others and GETs do not', () => checkRateLimit(target)],
    ['a client behind a port-adding proxy gets one allowance, whatever the port or address form', () => checkProxyPorts(target)],
    ['a request body cut short is not logged as an error', () => checkCutBody(target)],
  ];
  const tally: Tally = { name: 'headers, rate limit, cut bodies', contained: 0, total: checks.length, failures: [] };
  for (const [name, check] of checks) {
    const problem = await check().catch((error: Error) => error.message);
    if (problem === null) tally.contained++;
    else tally.failures.push(`${name}: ${problem}`);
  }
  return tally;
}

/** A copy of the app with a limit of 5 a minute that counts loopback, as a public deployment would. */
async function checkRateLimit(target: Target): Promise<string | null> {
  const variant = await target.serveVariant((deps) => ({
    ...deps,
    config: { ...deps.config, rateLimitPerMinute: 5, rateLimitLoopback: true },
  }));
  try {
    const ask = () =>
      fetch(`${variant.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"message":"M10"}' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask()).status);
    const limited = await ask();
    const body = (await limited.json()) as { error?: { code?: string } };
    const measures = await fetch(`${variant.base}/api/measures`);
    if (statuses.some((s) => s !== 200)) return `the first five got ${statuses.join(', ')}`;
    if (limited.status !== 429 || !limited.headers.get('retry-after') || body.error?.code !== 'rate_limited')
      return `the sixth got ${limited.status}`;
    return measures.status === 200 ? null : `GET /api/measures got ${measures.status}`;
  } finally {
    variant.close();
  }
}

/**
 * Behind a trusted proxy that writes the client's port into X-Forwarded-For (some cloud gateways
 * do), every connection has a new port: with a limit of 3, the fourth request of one address is
 * refused whatever its port, IPv4-mapped spelling, or address in the same IPv6 /64.
 */
async function checkProxyPorts(target: Target): Promise<string | null> {
  const variant = await target.serveVariant((deps) => ({
    ...deps,
    config: { ...deps.config, rateLimitPerMinute: 3, rateLimitLoopback: true, trustProxy: true },
  }));
  try {
    const ask = (forwarded: string) =>
      fetch(`${variant.base}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.0.1, ${forwarded}` },
        body: '{"message":"M10"}',
      }).then((res) => res.status);
    const clients = [
      ['203.0.113.7:40001', '203.0.113.7:40002', '203.0.113.7:40003', '::ffff:203.0.113.7'],
      ['[2001:db8:7::1]:50001', '[2001:db8:7::2]:50002', '[2001:db8:7::3]:50003', '2001:db8:7:0:ffff::9'],
    ];
    for (const addresses of clients) {
      const statuses: number[] = [];
      for (const forwarded of addresses) statuses.push(await ask(forwarded));
      if (statuses.join() !== '200,200,200,429') return `${addresses.join(' ')} got ${statuses.join(', ')}`;
    }
    return null;
  } finally {
    variant.close();
  }
}

/** A chunked body that stops midway and a socket closed: at most a quiet line, never an error with a stack. */
async function checkCutBody(target: Target): Promise<string | null> {
  const errors: object[] = [];
  const logger: Logger = { debug() {}, info() {}, warn() {}, error: (obj) => void errors.push(obj) };
  const variant = await target.serveVariant((deps) => ({ ...deps, logger }));
  try {
    const { port } = new URL(variant.base);
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"mes\r\n',
          );
          setTimeout(() => socket.destroy(), 50);
        });
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return errors.length === 0 ? null : `${errors.length} error lines: ${JSON.stringify(errors[0]).slice(0, 160)}`;
  } finally {
    variant.close();
  }
}
