import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../../core/errors.js';
import { redact } from '../../../core/storage/redact.js';
import type { AppDeps } from '../deps.js';
import { feedbackExamples } from '../examples.js';
import { createApiApp, errorResponses, jsonBody, jsonContent, requireJson } from '../openapi-app.js';
import { conversationSchema, feedbackResponseSchema } from '../response-schemas.js';
import { conversationParamSchema, feedbackRequestSchema } from '../schemas.js';

const feedbackRoute = createRoute({
  method: 'post',
  path: '/feedback',
  tags: ['Feedback'],
  summary: 'Rate an answer',
  description: 'Stores a thumbs up or down for an answer; a second rating of the same answer replaces the first.',
  middleware: [requireJson] as const,
  request: { body: jsonBody(feedbackRequestSchema, feedbackExamples) },
  responses: {
    201: { description: 'Stored.', content: jsonContent(feedbackResponseSchema) },
    ...errorResponses(400, 404, 413, 415),
  },
});

const conversationRoute = createRoute({
  method: 'get',
  path: '/conversations/{id}',
  tags: ['Feedback'],
  summary: 'A conversation as stored',
  description: 'Both sides of every exchange, redacted as stored. The id is unguessable and is its own access key.',
  request: { params: conversationParamSchema },
  responses: { 200: { description: 'The conversation.', content: jsonContent(conversationSchema) }, ...errorResponses(400, 404) },
});

export function createFeedbackRoutes(deps: AppDeps) {
  const app = createApiApp();

  app.openapi(feedbackRoute, async (c) => {
    const { conversationId, messageId, rating, comment } = c.req.valid('json');
    const stored = await deps.store.putFeedback({
      conversationId,
      messageId,
      rating,
      comment: comment ? redact(comment) : null,
      createdAt: new Date().toISOString(),
    });
    if (!stored) throw new AppError('not_found', 'no such message in that conversation');
    return c.json({ ok: true as const, conversationId, messageId, rating }, 201);
  });

  app.openapi(conversationRoute, async (c) => {
    const conversation = await deps.store.getConversation(c.req.valid('param').id);
    if (!conversation) throw new AppError('not_found', 'no such conversation');
    const messages = await deps.store.listMessages(conversation.id);
    return c.json(
      {
        id: conversation.id,
        channel: conversation.channel,
        createdAt: conversation.createdAt,
        messages: messages.map(({ trace: _trace, conversationId: _c, ...m }) => m),
      },
      200,
    );
  });

  return app;
}
