import { Hono } from 'hono';
import { AppError } from '../../../core/errors.js';
import { redact } from '../../../core/storage/redact.js';
import type { AppDeps } from '../deps.js';
import { readJson, validationError } from '../http-errors.js';
import { conversationIdSchema, feedbackRequestSchema } from '../schemas.js';

export function createFeedbackRoutes(deps: AppDeps) {
  const app = new Hono();

  app.post('/feedback', async (c) => {
    const parsed = feedbackRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) throw validationError(parsed.error);
    const { conversationId, messageId, rating, comment } = parsed.data;
    const stored = await deps.store.putFeedback({
      conversationId,
      messageId,
      rating,
      comment: comment ? redact(comment) : null,
      createdAt: new Date().toISOString(),
    });
    if (!stored) throw new AppError('not_found', 'no such message in that conversation');
    return c.json({ ok: true, conversationId, messageId, rating }, 201);
  });

  app.get('/conversations/:id', async (c) => {
    const id = conversationIdSchema.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('invalid_request', 'not a conversation id');
    const conversation = await deps.store.getConversation(id.data);
    if (!conversation) throw new AppError('not_found', 'no such conversation');
    const messages = await deps.store.listMessages(conversation.id);
    return c.json({
      id: conversation.id,
      channel: conversation.channel,
      createdAt: conversation.createdAt,
      messages: messages.map(({ trace: _trace, conversationId: _c, ...m }) => m),
    });
  });

  return app;
}
