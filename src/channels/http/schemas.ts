import { z } from '@hono/zod-openapi';
import { MAX_MESSAGE } from '../../core/chat/chat-service.js';
import { MAX_CONTACT, MAX_NOTE } from '../../core/handoff/request-handoff.js';
import { DEFAULT_MATCHES, MAX_MATCHES } from '../../core/match/match-company.js';
import { NEEDS } from '../../core/match/needs.js';
import { ID_PATTERN } from '../../core/storage/ids.js';

/** The request schemas: each validates its route and is the route's OpenAPI description. */

export const MAX_COMMENT = 2000;
export const MAX_PROFILE = 2000;

export const conversationIdSchema = z
  .string()
  .regex(ID_PATTERN, 'not a conversation id')
  .refine((id) => id.startsWith('c_'), 'not a conversation id')
  .openapi({ description: 'A conversation id from an earlier answer (`c_` and 22 characters).', example: 'c_pzBm80Fxv-PVHDNNL1ueDQ' });
const messageId = z
  .string()
  .regex(ID_PATTERN, 'not a message id')
  .refine((id) => id.startsWith('m_'), 'not a message id')
  .openapi({ description: 'The `messageId` of the answer being rated.', example: 'm_7o5-tOA70sckOMjCa8dvBA' });

export const chatRequestSchema = z
  .strictObject({
    // The chat service validates the message again (every channel passes through it); this
    // schema keeps the same bounds so the HTTP 400 and the OpenAPI description agree with it.
    message: z
      .string({ error: 'message must be a string' })
      .min(1, 'message must not be empty')
      .max(MAX_MESSAGE, `message must be at most ${MAX_MESSAGE} characters`)
      .refine((m) => m.trim().length > 0, 'message must not be empty')
      .openapi({ description: `The question, English or Chinese; 1-${MAX_MESSAGE} characters, not blank.` }),
    conversationId: conversationIdSchema.optional(),
    history: z
      .array(z.strictObject({ role: z.enum(['user', 'assistant']), content: z.string().max(8000) }))
      .max(20)
      .optional()
      .openapi({ description: 'For stateless callers (evaluators): prior turns, used only when no stored conversation is found.' }),
  })
  .openapi('ChatRequest');

export const chatQuerySchema = z.object({
  channel: z
    .enum(['web', 'api'], { error: 'channel must be "web" or "api"' })
    .default('api')
    .openapi({ description: 'Who is asking, for the admin figures: the widget sends `web`.' }),
  trace: z
    .enum(['0', '1'], { error: 'trace must be "0" or "1"' })
    .optional()
    .openapi({ description: '`1` adds the retrieval trace to the answer (POST /api/chat only; evaluators use it).' }),
});

export const feedbackRequestSchema = z
  .strictObject({
    conversationId: conversationIdSchema,
    messageId,
    rating: z.enum(['up', 'down'], { error: 'rating must be "up" or "down"' }),
    comment: z
      .string()
      .max(MAX_COMMENT, `comment must be at most ${MAX_COMMENT} characters`)
      .optional()
      .openapi({ description: 'Free text; e-mail addresses and phone numbers are removed before it is stored.' }),
  })
  .openapi('FeedbackRequest');

export const matchRequestSchema = z
  .strictObject({
    profile: z
      .string({ error: 'profile must be a string' })
      .min(1, 'profile must not be empty')
      .max(MAX_PROFILE, `profile must be at most ${MAX_PROFILE} characters`)
      .refine((p) => p.trim().length > 0, 'profile must not be empty')
      .openapi({ description: `The company in its own words, English or Chinese; 1-${MAX_PROFILE} characters.` }),
    industry: z
      .string()
      .max(200, 'industry must be at most 200 characters')
      .optional()
      .openapi({ description: 'The industry, in any words.' }),
    needs: z
      .array(z.enum(NEEDS, { error: `each need must be one of ${NEEDS.join(', ')}` }))
      .max(NEEDS.length)
      .optional()
      .openapi({ description: 'What the company is looking for; guessed from the profile when absent.' }),
    limit: z
      .number()
      .int()
      .min(1)
      .max(MAX_MATCHES)
      .optional()
      .openapi({ description: `At most this many matches (default ${DEFAULT_MATCHES}).` }),
  })
  .openapi('MatchRequest');

export const languageQuerySchema = z.object({
  lang: z
    .enum(['en', 'zh'], { error: 'lang must be "en" or "zh"' })
    .default('en')
    .openapi({ description: '`zh` returns our Chinese translation (unofficial), `en` the English source.' }),
});

export const sectionParamSchema = z.object({
  id: z.string().openapi({
    param: { name: 'id', in: 'path' },
    description: 'A section id, case-insensitive: `M10`, `R1`, `PREAMBLE`, `VALIDITY`, or `doc:M10`.',
    example: 'M10',
  }),
});

export const conversationParamSchema = z.object({
  id: conversationIdSchema.openapi({ param: { name: 'id', in: 'path' } }),
});

export const handoffRequestSchema = z
  .strictObject({
    conversationId: conversationIdSchema,
    contact: z
      .string({ error: 'contact must be a string' })
      .max(MAX_CONTACT, `contact must be at most ${MAX_CONTACT} characters`)
      .optional()
      .openapi({
        description: `How staff can reach the person (phone, e-mail or WeChat id), at most ${MAX_CONTACT} characters: shown to staff and kept with the hand-off, never logged.`,
      }),
    note: z
      .string({ error: 'note must be a string' })
      .max(MAX_NOTE, `note must be at most ${MAX_NOTE} characters`)
      .optional()
      .openapi({
        description: `What the person wants staff to know, at most ${MAX_NOTE} characters; e-mail addresses and phone numbers are removed before it is stored.`,
      }),
  })
  .openapi('HandoffRequest');

export const messagesQuerySchema = z.object({
  after: messageId
    .optional()
    .openapi({ description: 'Only the messages after this one (the last `id` the caller has); absent: all of them.' }),
});
