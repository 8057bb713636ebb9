import { Hono, type Context } from 'hono';
import { AppError } from '../../../core/errors.js';
import { streamSSE } from 'hono/streaming';
import type { AnswerWithTrace } from '../../../core/chat/chat-service.js';
import type { AppDeps } from '../deps.js';
import { readJson, validationError } from '../http-errors.js';
import { chatRequestSchema } from '../schemas.js';

export function createChatRoutes(deps: AppDeps) {
  const app = new Hono();

  const ask = async (body: unknown, channel: 'web' | 'api', onDelta?: (text: string) => void) => {
    const parsed = chatRequestSchema.safeParse(body);
    if (!parsed.success) throw validationError(parsed.error);
    const { message, conversationId, history } = parsed.data;
    return deps.chat.ask({ message: message.trim(), conversationId, history, channel }, { onDelta });
  };

  app.post('/chat', async (c) => {
    const answer = await ask(await readJson(c), readChannel(c));
    return c.json(c.req.query('trace') === '1' ? answer : withoutTrace(answer));
  });

  app.post('/chat/stream', async (c) => {
    const body = await readJson(c);
    const channel = readChannel(c);
    // Validate before the stream opens, so bad input still gets a plain 4xx.
    const parsed = chatRequestSchema.safeParse(body);
    if (!parsed.success) throw validationError(parsed.error);
    return streamSSE(c, async (stream) => {
      try {
        // Model deltas go out as they come; an offline answer exists whole and is sent word by word,
        // so clients have one code path. The done event's Answer is authoritative either way.
        let streamed = false;
        let writes = Promise.resolve();
        const answer = await ask(body, channel, (text) => {
          streamed = true;
          writes = writes.then(() => stream.writeSSE({ event: 'delta', data: JSON.stringify({ text }) }));
        });
        await writes;
        if (!streamed) {
          for (const piece of splitForStream(answer.answer)) {
            await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) });
          }
        }
        await stream.writeSSE({ event: 'done', data: JSON.stringify(withoutTrace(answer)) });
      } catch (error) {
        deps.logger.error({ err: error }, 'stream failed');
        const message = 'The answer could not be completed; please try again.';
        await stream.writeSSE({ event: 'error', data: JSON.stringify({ code: 'stream_failed', message }) });
      }
    });
  });

  return app;
}

/** The widget says `?channel=web` so its conversations are counted apart from API callers'. */
function readChannel(c: Context): 'web' | 'api' {
  const channel = c.req.query('channel') ?? 'api';
  if (channel !== 'web' && channel !== 'api') throw new AppError('invalid_request', 'channel must be "web" or "api"');
  return channel;
}

function withoutTrace(answer: AnswerWithTrace) {
  const { trace: _trace, ...rest } = answer;
  return rest;
}

function splitForStream(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
