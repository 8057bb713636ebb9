import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError, isAppError } from '../../../core/errors.js';
import { requestHandoff } from '../../../core/handoff/request-handoff.js';
import type { AppEnv } from '../app-env.js';
import type { AppDeps } from '../deps.js';
import { handoffExamples } from '../examples.js';
import { findContacts } from '../handoff-contacts.js';
import { createApiApp, errorResponses, jsonBody, jsonContent, requireJson } from '../openapi-app.js';
import { conversationMessagesSchema, handoffResponseSchema, handoffUnavailableSchema } from '../response-schemas.js';
import { conversationParamSchema, handoffRequestSchema, messagesQuerySchema } from '../schemas.js';

const handoffRoute = createRoute({
  method: 'post',
  path: '/handoff',
  tags: ['Hand-off'],
  summary: 'Hand a conversation to staff',
  description:
    'Posts the conversation (its last 10 turns, the measures cited, the contact and note) to the staff channel (Slack, `SLACK_HANDOFF_CHANNEL`). ' +
    "Staff replies in that message's thread appear in the conversation as `staff` messages (see the messages route). " +
    'Without a hand-off channel the answer is 503 with the contacts to call instead.',
  middleware: [requireJson] as const,
  request: { body: jsonBody(handoffRequestSchema, handoffExamples) },
  responses: {
    202: { description: 'Posted to staff (or already with them).', content: jsonContent(handoffResponseSchema) },
    ...errorResponses(400, 404, 413, 415, 429),
    503: {
      description: '`handoff_unavailable`: no hand-off channel is configured, or it could not be reached; `contacts` says whom to call.',
      content: jsonContent(handoffUnavailableSchema),
    },
  },
});

const messagesRoute = createRoute({
  method: 'get',
  path: '/conversations/{id}/messages',
  tags: ['Hand-off'],
  summary: 'The messages of a conversation, staff replies included',
  description:
    'Every message, oldest first: questions, answers and staff replies (`role: "staff"`, with `author`). ' +
    'Poll with `after` set to the last id you have (the widget polls every few seconds while its panel is open) to get only new ones.',
  request: { params: conversationParamSchema, query: messagesQuerySchema },
  responses: {
    200: { description: 'The messages.', content: jsonContent(conversationMessagesSchema) },
    ...errorResponses(400, 404),
  },
});

export function createHandoffRoutes(deps: AppDeps) {
  const app = createApiApp();

  app.openapi(handoffRoute, async (c) => {
    const { conversationId, contact, note } = c.req.valid('json');
    const conversation = await deps.store.getConversation(conversationId);
    if (!conversation) throw new AppError('not_found', 'no such conversation');
    const desk = deps.handoffDesk;
    if (!desk) return unavailable(c, deps, conversationId, 'No hand-off channel is configured here; please contact the departments below.');
    try {
      const handoff = await requestHandoff({ store: deps.store, desk }, conversation, { contact, note });
      return c.json({ handoffId: handoff.id, status: handoff.status }, 202);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'handoff_unavailable') throw error;
      (c.var.logger ?? deps.logger).warn({ err: error.cause }, 'hand-off channel unreachable');
      return unavailable(c, deps, conversationId, `${error.message} Please contact the departments below.`);
    }
  });

  app.openapi(messagesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { after } = c.req.valid('query');
    if (!(await deps.store.getConversation(id))) throw new AppError('not_found', 'no such conversation');
    const [stored, staff] = await Promise.all([deps.store.listMessages(id), deps.store.listStaffMessages(id)]);
    const messages = [
      ...stored.map((m) => ({ id: m.id, role: m.role, text: m.text, at: m.createdAt })),
      ...staff.map((m) => ({ id: m.id, role: 'staff' as const, text: m.text, at: m.createdAt, author: m.author })),
      // Stable: a staff reply stored in the same millisecond as an answer stays after it.
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const start = after === undefined ? 0 : messages.findIndex((m) => m.id === after) + 1;
    if (start === 0 && after !== undefined) throw new AppError('invalid_request', 'after: no such message in that conversation');
    return c.json({ messages: messages.slice(start) }, 200);
  });

  return app;
}

async function unavailable(c: Context<AppEnv>, deps: AppDeps, conversationId: string, message: string) {
  const contacts = findContacts(deps.corpus, await deps.store.listMessages(conversationId));
  return c.json({ error: { code: 'handoff_unavailable' as const, message }, contacts }, 503);
}
