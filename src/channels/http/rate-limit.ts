import type { Context, MiddlewareHandler } from 'hono';
import type { Config } from '../../core/config.js';
import { errorBody } from '../../core/errors.js';
import { createMemoryBuckets, type RateBuckets } from './rate-buckets.js';

type RateLimitConfig = Pick<Config, 'rateLimitPerMinute' | 'rateLimitLoopback' | 'trustProxy'>;

/**
 * A token bucket per client address on the answering routes: a burst of one minute's allowance,
 * refilled continuously; past it, 429 with Retry-After and the contract's error body. Off when
 * the limit is 0; loopback and in-process callers are exempt unless `rateLimitLoopback`. Where
 * the buckets live decides what the limit bounds: by default this process (a Worker isolate, a
 * Node process); the Node runtime passes the cluster primary's or PostgreSQL's buckets so that
 * a client gets its allowance once whichever worker or instance answers.
 */
export function rateLimit(
  config: RateLimitConfig,
  now: () => number = Date.now,
  buckets: RateBuckets = createMemoryBuckets(),
): MiddlewareHandler {
  const capacity = config.rateLimitPerMinute;
  const perMs = capacity / 60_000;
  return async (c, next) => {
    if (capacity === 0 || c.req.method === 'OPTIONS') return next();
    const address = readClientAddress(c, config.trustProxy);
    if ((address === null || isLoopback(address)) && !config.rateLimitLoopback) return next();
    const key = address === null ? 'in-process' : clientKey(address);
    const tokens = await buckets.take(key, now(), { capacity, perMs });
    if (tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
      c.header('Retry-After', String(retryAfter));
      return c.json(errorBody('rate_limited', `Too many requests; try again in ${retryAfter} s.`), 429);
    }
    return next();
  };
}

/**
 * The client's address: the last X-Forwarded-For entry (the one the trusted proxy appended) when
 * `trustProxy`, without the port some gateways add ("203.0.113.7:40001", "[2001:db8::1]:40001",
 * which would otherwise make every connection a new client); else the socket's peer on Node
 * (@hono/node-server puts the request in the env), or Cloudflare's CF-Connecting-IP on Workers (a
 * request through Cloudflare carries `cf`, and Cloudflare overwrites the header). Null for an
 * in-process request (tests, app.request).
 */
export function readClientAddress(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return stripPort(forwarded);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  if (peer) return peer;
  if ((c.req.raw as Request & { cf?: unknown }).cf) return c.req.header('cf-connecting-ip') ?? null;
  return null;
}

/** "a.b.c.d:port" and "[v6]:port" (or "[v6]") without the port; a bare IPv6 address is left whole. */
export function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4 ? v4[1]! : entry;
}

export function isLoopback(address: string): boolean {
  if (address.includes(':')) return expandIpv6(address).join(':') === '0:0:0:0:0:0:0:1' || clientKey(address).startsWith('127.');
  return address.startsWith('127.');
}

/**
 * The key a client is counted under: an IPv4 address as written (also when it arrives mapped into
 * IPv6, "::ffff:203.0.113.7" or "::ffff:cb00:7107"), an IPv6 client by its /64, since one
 * subscriber gets a whole /64 and could rotate through it.
 */
export function clientKey(address: string): string {
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  if (groups.length === 8 && groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff') {
    const [high, low] = [Number.parseInt(groups[6]!, 16), Number.parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, lower case without leading zeros; a trailing dotted quad becomes two groups. */
function expandIpv6(address: string): string[] {
  const bare = address
    .split('%')[0]!
    .replace(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/, (_, a, b, c, d) =>
      [(Number(a) << 8) | Number(b), (Number(c) << 8) | Number(d)].map((n) => n.toString(16)).join(':'),
    );
  const [head = '', tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = bare.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
