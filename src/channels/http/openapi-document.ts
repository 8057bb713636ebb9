import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../core/config.js';
import type { AppEnv } from './app-env.js';

/** The OpenAPI 3.1 document of every route the app has described, generated from the schemas that validate them. */
export function createOpenApiDocument(app: OpenAPIHono<AppEnv>, config: Pick<Config, 'publicUrl'>) {
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: "Jing'an policy assistant API",
      version: '2.0.0',
      description:
        "Grounded, cited answers about the Jing'an District industrial development measures (JDDRC D (2024) No.18), " +
        'in English and Chinese. Every error is JSON `{ "error": { "code", "message" } }`: 4xx when the caller can fix it, 5xx for a fault of ours.',
    },
    servers: [{ url: config.publicUrl ?? '/', description: config.publicUrl ? 'This deployment' : 'The server that served this document' }],
    tags: [
      { name: 'Answers', description: 'Questions and company matching.' },
      { name: 'Policy text', description: 'The documents and their sections, in English or Chinese.' },
      { name: 'Feedback', description: 'Ratings and stored conversations.' },
      { name: 'Operations', description: 'Health, metrics and this description.' },
    ],
  });
}
