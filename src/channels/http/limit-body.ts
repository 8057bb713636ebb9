import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

type BodyLimitOptions = Parameters<typeof bodyLimit>[0] & { onError: NonNullable<Parameters<typeof bodyLimit>[0]['onError']> };

/**
 * hono/body-limit, deciding from Content-Length without touching the body when the length is
 * declared (Hono's own check opens `c.req.raw.body` first, which on Node builds a web Request
 * for every request). A body without a declared length is counted by Hono as it streams.
 */
export function limitBody(options: BodyLimitOptions): MiddlewareHandler {
  const counted = bodyLimit(options);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next);
    return Number.parseInt(length, 10) > options.maxSize ? options.onError(c) : next();
  };
}
