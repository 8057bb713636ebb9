import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { AppError, errorBody, isAppError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { AppEnv } from './app-env.js';
import { requestSignal } from './request-signal.js';

/** Every error leaves as the contract's JSON; only our own faults are 5xx, and they never show a stack. */
export function handleError(logger: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    if (isAppError(error) && error.status < 500) {
      return c.json(errorBody(error.code, error.message), error.status as ContentfulStatusCode);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody('bad_request', error.message || 'bad request'), error.status as ContentfulStatusCode);
    }
    // The request's own logger when the request middleware ran, so the line carries its id.
    const log = c.var.logger ?? logger;
    if (requestSignal(c).aborted) {
      // Not a fault of ours: nobody is left to answer. 499, as proxies log a client that closed the connection.
      log.debug({ path: c.req.path }, 'request cancelled: the client went away');
      return c.body(null, 499 as StatusCode);
    }
    log.error({ err: error, path: c.req.path }, 'request failed');
    return c.json(errorBody('internal_error', 'Something went wrong on our side; please try again.'), 500);
  };
}

export function validationError(error: ZodError): AppError {
  const issue = error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return new AppError('invalid_request', `${where}${issue.message}`);
}

/** Parses a JSON body; malformed JSON or a non-JSON content type is the caller's error. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'send the body as application/json');
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('invalid_json', 'the request body is not valid JSON');
  }
}
