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
 * `trustProxy`; else the socket's peer on Node (@hono/node-server puts the request in the env),
 * or Cloudflare's CF-Connecting-IP on Workers (a request through Cloudflare carries `cf`, and
 * Cloudflare overwrites the header). Null for an in-process request (tests, app.request).
 */
export function readClientAddress(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  if (peer) return peer;
  if ((c.req.raw as Request & { cf?: unknown }).cf) return c.req.header('cf-connecting-ip') ?? null;
  return null;
}

export function isLoopback(address: string): boolean {
  return /^(127\.|::1$|::ffff:127\.)/.test(address);
}

/** IPv6 clients are keyed by their /64: one subscriber gets a whole /64 and could rotate through it. */
function clientKey(address: string): string {
  if (!address.includes(':') || address.startsWith('::ffff:')) return address.replace(/^::ffff:/, '');
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
