import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

interface NodeResponse {
  once(event: 'close', listener: () => void): unknown;
  readonly destroyed: boolean;
  readonly writableFinished: boolean;
}

/**
 * The signal that aborts when the client goes away, so a model call it started is cancelled.
 * On @hono/node-server (the env carries Node's `outgoing` response) it comes from the response's
 * close event: reading `c.req.raw.signal` there builds a whole web Request, headers and body
 * stream for every request, which cost more than a tenth of a chat answer. Elsewhere (Workers,
 * app.request) it is the request's own signal.
 */
export function requestSignal(c: Context<AppEnv>): AbortSignal {
  const known = c.get('signal');
  if (known) return known;
  const outgoing = (c.env as { outgoing?: NodeResponse } | undefined)?.outgoing;
  const signal = outgoing && typeof outgoing.once === 'function' ? signalOnClose(outgoing) : c.req.raw.signal;
  c.set('signal', signal);
  return signal;
}

/**
 * Takes the signal before anything awaits: a client that hangs up before the signal exists
 * would never abort it, and its model call would run to the end.
 */
export function captureSignal(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    requestSignal(c);
    await next();
  };
}

function signalOnClose(outgoing: NodeResponse): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort(new DOMException('Client connection prematurely closed.', 'AbortError'));
  if (outgoing.destroyed && !outgoing.writableFinished) abort();
  else outgoing.once('close', () => !outgoing.writableFinished && abort());
  return controller.signal;
}
