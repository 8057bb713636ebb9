import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AnswerOptions } from '../../../core/answer/create-answerer.js';
import type { ChatService } from '../../../core/chat/chat-service.js';
import type { Logger } from '../../../core/logger.js';
import type { AppEnv } from '../app-env.js';
import type { AppDeps } from '../deps.js';
import { handleError } from '../http-errors.js';
import { observeRequests } from '../observe-requests.js';
import { createChatRoutes } from './chat-routes.js';

/** A chat service that waits until the caller's signal aborts, as a model call cancelled by a disconnect does. */
function build() {
  const seen: AnswerOptions[] = [];
  const logged: string[] = [];
  let started: () => void;
  const asked = new Promise<void>((resolve) => (started = resolve));
  const chat: ChatService = {
    ask: (_input, options = {}) => {
      seen.push(options);
      started();
      return new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    },
  };
  const logger: Logger = {
    debug: (_obj, msg) => logged.push(`debug: ${msg ?? ''}`),
    info: (_obj, msg) => logged.push(`info: ${msg ?? ''}`),
    warn: () => {},
    error: (_obj, msg) => logged.push(`error: ${msg ?? ''}`),
  };
  const app = new Hono<AppEnv>();
  app.onError(handleError(logger));
  app.use('*', observeRequests(logger, undefined));
  app.route('/api', createChatRoutes({ chat } as AppDeps));
  return { app, seen, logged, asked };
}

const request = (path: string, signal: AbortSignal) =>
  new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"message":"What does Measure 10 say?"}',
    signal,
  });

describe('a client that goes away', () => {
  it('cancels the answer of POST /api/chat', async () => {
    const { app, seen, logged, asked } = build();
    const controller = new AbortController();
    const response = Promise.resolve(app.request(request('/api/chat', controller.signal)));
    await asked;
    expect(seen[0]!.signal?.aborted).toBe(false);
    controller.abort();
    expect(seen[0]!.signal?.aborted).toBe(true);
    expect((await response).status).toBe(499);
    expect(logged).toContain('debug: request cancelled: the client went away');
    expect(logged.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('cancels the answer of POST /api/chat/stream without writing an error event', async () => {
    const { app, seen, logged, asked } = build();
    const controller = new AbortController();
    const response = await app.request(request('/api/chat/stream', controller.signal));
    await asked;
    controller.abort();
    expect(seen[0]!.signal?.aborted).toBe(true);
    expect(await response.text()).toBe('');
    expect(logged).toContain('debug: stream cancelled: the client went away');
    expect(logged.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(logged).not.toContain('stream failed');
  });
});
