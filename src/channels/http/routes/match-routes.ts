import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../deps.js';
import { matchRequestExamples, matchResultExample } from '../examples.js';
import { createApiApp, errorResponses, jsonBody, jsonContent, requireJson } from '../openapi-app.js';
import { matchResultSchema } from '../response-schemas.js';
import { matchRequestSchema } from '../schemas.js';

const matchRoute = createRoute({
  method: 'post',
  path: '/match',
  tags: ['Answers'],
  summary: 'What applies to my company?',
  description:
    'The measures that apply to a described company, most relevant first, each with the sentence that makes it relevant ' +
    'and the need it serves. Returns no matches, rather than noise, for a company the policy does not serve.',
  middleware: [requireJson] as const,
  request: { body: jsonBody(matchRequestSchema, matchRequestExamples) },
  responses: {
    200: {
      description: 'The matches.',
      content: jsonContent(matchResultSchema, { en: { summary: 'Matches', value: matchResultExample } }),
    },
    ...errorResponses(400, 413, 415, 429, 500),
  },
});

export function createMatchRoutes(deps: AppDeps) {
  const app = createApiApp();
  app.openapi(matchRoute, async (c) => c.json(await deps.match(c.req.valid('json')), 200));
  return app;
}
