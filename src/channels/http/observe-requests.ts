import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { isLevelEnabled, type Logger, type LogLevel } from '../../core/logger.js';
import type { AppEnv } from './app-env.js';
import type { HttpObserver } from './deps.js';

/** An incoming id is kept only when it cannot smuggle anything into logs or headers. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * First middleware of the app: gives the request an id (the caller's `x-request-id` when safe,
 * else a new one), returns it in `x-request-id`, hands handlers a logger that stamps it on every
 * line, and ends with one access-log line and the request metric.
 */
export function observeRequests(logger: Logger, observer: HttpObserver | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    c.set('logger', withFields(logger, { requestId }));
    // Before the route: a header set on a finished response makes Hono rebuild it whole. A
    // Response built by hand (the Slack receiver's) skips it, so it is checked after.
    c.header('x-request-id', requestId);
    await next();
    if (!c.res.headers.has('x-request-id')) c.header('x-request-id', requestId);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const route = readRoute(c);
    const status = c.res.status;
    // A stream's status and time are those of its headers; the body may run on for seconds.
    if (isLevelEnabled(logger, 'info')) c.get('logger').info({ method: c.req.method, path: c.req.path, route, status, ms }, 'request');
    observer?.request({ method: c.req.method, route, status, ms });
  };
}

/** The last route pattern that matched other than a catch-all middleware; "unmatched" for a 404. */
function readRoute(c: Parameters<MiddlewareHandler>[0]): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const { method, path } = routes[i]!;
    if (method !== 'ALL' || !path.endsWith('*')) return path;
  }
  return 'unmatched';
}

/**
 * A logger that stamps `fields` on every line; one per request, so its methods live on a
 * prototype rather than in four new closures each time, and a line whose level is off is not
 * merged at all.
 */
export function withFields(logger: Logger, fields: object): Logger {
  return new FieldLogger(logger, fields);
}

class FieldLogger implements Logger {
  constructor(
    private readonly logger: Logger,
    private readonly fields: object,
  ) {}

  debug(obj: object, msg?: string) {
    if (this.isLevelEnabled('debug')) this.logger.debug({ ...this.fields, ...obj }, msg);
  }

  info(obj: object, msg?: string) {
    if (this.isLevelEnabled('info')) this.logger.info({ ...this.fields, ...obj }, msg);
  }

  warn(obj: object, msg?: string) {
    if (this.isLevelEnabled('warn')) this.logger.warn({ ...this.fields, ...obj }, msg);
  }

  error(obj: object, msg?: string) {
    if (this.isLevelEnabled('error')) this.logger.error({ ...this.fields, ...obj }, msg);
  }

  isLevelEnabled(level: LogLevel): boolean {
    return isLevelEnabled(this.logger, level);
  }
}
