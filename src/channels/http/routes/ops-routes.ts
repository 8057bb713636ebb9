import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { AppError } from '../../../core/errors.js';
import type { AppEnv } from '../app-env.js';
import type { AppDeps, HttpObserver } from '../deps.js';
import { renderDocsPage } from '../docs-page.js';
import { createOpenApiDocument } from '../openapi-document.js';
import { errorResponses, jsonContent } from '../openapi-app.js';
import { healthSchema } from '../response-schemas.js';
import { equalInConstantTime } from './admin-routes.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Operations'],
  summary: 'Liveness',
  responses: { 200: { description: 'The server answers.', content: jsonContent(healthSchema) } },
});

const metricsRoute = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Operations'],
  summary: 'Prometheus metrics (Node server only)',
  description:
    'Requests by route and status, request and answer latency, answers by channel / mode / language / refused, ' +
    'LLM fallbacks, feedback by rating, matches served, and the process figures. With METRICS_TOKEN set, send it as a bearer token. ' +
    "Not served on Workers (404): use Cloudflare's analytics there.",
  security: [{ metricsToken: [] }],
  responses: {
    200: {
      description: 'Prometheus text exposition format.',
      content: {
        'text/plain': {
          schema: z.string(),
          example: 'policy_assistant_answers_total{channel="api",mode="offline",language="en",refused="false"} 3',
        },
      },
    },
    ...errorResponses(401),
  },
});

/** GET /healthz, /metrics (when the runtime observes), /openapi.json and /docs, on the root app so the document sees every route. */
export function registerOpsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(healthRoute, (c) => c.json({ ok: true as const }, 200));
  if (deps.observe) registerMetrics(app, deps.observe, deps.config.metricsToken);

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/openapi.json',
    tags: ['Operations'],
    summary: 'This document (OpenAPI 3.1)',
    responses: {
      200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: z.object({ openapi: z.literal('3.1.0') }) } } },
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/docs',
    tags: ['Operations'],
    summary: 'This document as a page',
    responses: {
      200: { description: 'HTML, rendered on the server; no script, no external asset.', content: { 'text/html': { schema: z.string() } } },
    },
  });

  // Built on first use, when every route, including the channels mounted after this, is registered.
  let document: ReturnType<typeof createOpenApiDocument> | undefined;
  const readDocument = () => (document ??= createOpenApiDocument(app, deps.config));
  app.get('/openapi.json', (c) => c.json(readDocument()));
  // No script and one inline stylesheet: the security headers' page policy allows exactly that.
  app.get('/docs', (c) => c.html(renderDocsPage(readDocument())));
}

function registerMetrics(app: OpenAPIHono<AppEnv>, observe: HttpObserver, token: string | null) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'metricsToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'METRICS_TOKEN, when it is set; without it /metrics is open (bind the server to a private address).',
  });
  app.openapi(metricsRoute, async (c) => {
    if (token !== null) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (given === undefined || !(await equalInConstantTime(given, token))) {
        c.header('WWW-Authenticate', 'Bearer realm="metrics"');
        throw new AppError('unauthorized', 'send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"');
      }
    }
    const { contentType, body } = await observe.scrape();
    c.header('Cache-Control', 'no-store');
    return c.text(body, 200, { 'Content-Type': contentType });
  });
}
