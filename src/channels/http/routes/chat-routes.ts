import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { AnswerWithTrace } from '../../../core/chat/chat-service.js';
import type { AppDeps } from '../deps.js';
import { answerExamples, chatRequestExamples, streamExample } from '../examples.js';
import { createApiApp, errorResponses, jsonBody, jsonContent, requireJson } from '../openapi-app.js';
import { requestSignal } from '../request-signal.js';
import { answerSchema } from '../response-schemas.js';
import { chatQuerySchema, chatRequestSchema } from '../schemas.js';

const chatRoute = createRoute({
  method: 'post',
  path: '/chat',
  tags: ['Answers'],
  summary: 'Ask a question',
  description: 'Answers from the policy text with citations, or refuses. Pass `conversationId` to continue a conversation.',
  middleware: [requireJson] as const,
  request: { query: chatQuerySchema, body: jsonBody(chatRequestSchema, chatRequestExamples) },
  responses: {
    200: { description: 'The Answer.', content: jsonContent(answerSchema, answerExamples) },
    ...errorResponses(400, 413, 415, 429, 500),
  },
});

const streamRoute = createRoute({
  method: 'post',
  path: '/chat/stream',
  tags: ['Answers'],
  summary: 'Ask a question, streamed',
  description: [
    'The same question as POST /api/chat, answered as Server-Sent Events:',
    '',
    '- `delta`: `{"text": "..."}` (StreamDelta), the next piece of the answer, any number of times;',
    '- `done`: the Answer, last; it is authoritative (the deltas are only for display);',
    '- `error`: `{"code": "stream_failed", "message": "..."}` when the answer fails after the stream opened.',
    '',
    'Invalid input is refused before the stream opens, with a plain JSON 4xx. Closing the connection cancels the model call.',
  ].join('\n'),
  middleware: [requireJson] as const,
  request: { query: chatQuerySchema.pick({ channel: true }), body: jsonBody(chatRequestSchema, chatRequestExamples) },
  responses: {
    200: {
      description: 'An event stream: `delta` events, then `done` (the Answer) or `error`.',
      content: { 'text/event-stream': { schema: z.string(), example: streamExample } },
    },
    ...errorResponses(400, 413, 415, 429),
  },
});

export function createChatRoutes(deps: AppDeps) {
  const app = createApiApp();

  app.openapi(chatRoute, async (c) => {
    const { message, conversationId, history } = c.req.valid('json');
    const { channel, trace } = c.req.valid('query');
    const answer = await deps.chat.ask({ message, conversationId, history, channel }, { signal: requestSignal(c) });
    return c.json(trace === '1' ? answer : withoutTrace(answer), 200);
  });

  app.openapi(streamRoute, (c) => {
    // Validated before the stream opens, so bad input still gets a plain 4xx.
    const { message, conversationId, history } = c.req.valid('json');
    const { channel } = c.req.valid('query');
    const signal = requestSignal(c);
    return streamSSE(c, async (stream) => {
      try {
        // Model deltas go out as they come; an offline answer exists whole and is sent word by word,
        // so clients have one code path. The done event's Answer is authoritative either way.
        let streamed = false;
        let writes = Promise.resolve();
        const onDelta = (text: string) => {
          streamed = true;
          writes = writes.then(() => stream.writeSSE({ event: 'delta', data: JSON.stringify({ text }) }));
        };
        const answer = await deps.chat.ask({ message, conversationId, history, channel }, { onDelta, signal });
        await writes;
        if (!streamed) {
          for (const piece of splitForStream(answer.answer)) {
            await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) });
          }
        }
        await stream.writeSSE({ event: 'done', data: JSON.stringify(withoutTrace(answer)) });
      } catch (error) {
        if (signal.aborted) {
          c.var.logger.debug({}, 'stream cancelled: the client went away');
          return;
        }
        c.var.logger.error({ err: error }, 'stream failed');
        const message = 'The answer could not be completed; please try again.';
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ code: 'stream_failed', message }) });
      }
    });
  });

  return app;
}

function withoutTrace(answer: AnswerWithTrace) {
  const { trace: _trace, ...rest } = answer;
  return rest;
}

function splitForStream(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
