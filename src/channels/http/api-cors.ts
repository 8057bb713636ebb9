import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

interface ApiCorsOptions {
  /** The origin to allow (the request's own), or null to allow none. */
  origin: (origin: string) => string | null;
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  maxAge: number;
}

/**
 * CORS for the API: Hono's cors() answers preflights; every other request gets the headers it
 * would add (the allowed origin, the exposed headers, Vary: Origin), set before the route runs.
 * cors() sets them on c.res before the route and after it, and each time Hono rebuilds the
 * route's Response as a full web Response, body stream included, to hold them: a large part of
 * what an answer cost beyond answering.
 */
export function apiCors(options: ApiCorsOptions): MiddlewareHandler {
  const preflight = cors(options);
  const exposed = options.exposeHeaders.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const allowed = options.origin(c.req.header('origin') || '');
    if (allowed) c.header('Access-Control-Allow-Origin', allowed);
    if (exposed) c.header('Access-Control-Expose-Headers', exposed);
    c.header('Vary', 'Origin', { append: true });
    await next();
  };
}
