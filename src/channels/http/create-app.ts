import { OpenAPIHono } from '@hono/zod-openapi';
import { apiCors } from './api-cors.js';
import type { AppEnv } from './app-env.js';
import type { AppDeps } from './deps.js';
import { errorBody } from '../../core/errors.js';
import { handleError } from './http-errors.js';
import { limitBody } from './limit-body.js';
import { observeRequests } from './observe-requests.js';
import { usePrefetchedBody } from './prefetched-body.js';
import { rateLimit } from './rate-limit.js';
import { captureSignal } from './request-signal.js';
import { createAdminRoutes } from './routes/admin-routes.js';
import { createChatRoutes } from './routes/chat-routes.js';
import { createFeedbackRoutes } from './routes/feedback-routes.js';
import { createHandoffRoutes } from './routes/handoff-routes.js';
import { createMatchRoutes } from './routes/match-routes.js';
import { createMeasureRoutes } from './routes/measure-routes.js';
import { registerOpsRoutes } from './routes/ops-routes.js';
import { securityHeaders } from './security-headers.js';

export const MAX_BODY_BYTES = 32 * 1024;

/** The HTTP API as one Hono app, with the channels the runtime passes mounted beside it. */
export function createApp(deps: AppDeps) {
  // OpenAPIHono: the routes describe themselves, and /openapi.json is generated from the same schemas that validate.
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError(deps.logger));
  app.notFound((c) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404));
  // First, so every response (a 404, a 413, a rate-limited 429) carries a request id and is logged and counted.
  app.use('*', observeRequests(deps.logger, deps.observe));
  app.use('*', securityHeaders());

  app.use(
    '/api/*',
    apiCors({
      origin: (origin) => (isAllowedOrigin(origin, deps.config.widgetAllowedOrigins) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['content-type', 'x-request-id'],
      exposeHeaders: ['x-request-id'],
      maxAge: 600,
    }),
  );
  // Before the body is read: a client over its allowance costs no parsing, retrieval or model call.
  const limit = rateLimit(deps.config, Date.now, deps.rateBuckets);
  for (const path of ['/api/chat', '/api/chat/stream', '/api/match', '/api/handoff']) app.use(path, captureSignal(), limit);
  app.use(
    '/api/*',
    limitBody({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('payload_too_large', `the body must be at most ${MAX_BODY_BYTES} bytes`), 413),
    }),
  );

  app.use('*', usePrefetchedBody());

  registerOpsRoutes(app, deps);
  app.route('/api', createChatRoutes(deps));
  app.route('/api', createMeasureRoutes(deps));
  app.route('/api', createFeedbackRoutes(deps));
  app.route('/api', createMatchRoutes(deps));
  app.route('/api', createHandoffRoutes(deps));
  app.route('/admin', createAdminRoutes(deps));
  for (const channel of deps.channels ?? []) app.route(channel.path, channel.routes);
  return app;
}

/** The configured origins, plus any localhost port so a developer's page can embed the widget. */
export function isAllowedOrigin(origin: string, allowed: string[]): boolean {
  if (allowed.includes(origin)) return true;
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);
}
