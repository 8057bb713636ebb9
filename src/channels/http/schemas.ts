import { z } from 'zod';
import { MAX_MESSAGE } from '../../core/chat/chat-service.js';
import { ID_PATTERN } from '../../core/storage/ids.js';

export const MAX_COMMENT = 2000;

const conversationId = z.string().regex(ID_PATTERN, 'not a conversation id').refine((id) => id.startsWith('c_'), 'not a conversation id');
const messageId = z.string().regex(ID_PATTERN, 'not a message id').refine((id) => id.startsWith('m_'), 'not a message id');

export const chatRequestSchema = z.strictObject({
  message: z
    .string({ error: 'message must be a string' })
    .refine((m) => m.trim().length > 0, 'message must not be empty')
    .refine((m) => m.length <= MAX_MESSAGE, `message must be at most ${MAX_MESSAGE} characters`),
  conversationId: conversationId.optional(),
  /** For stateless callers (evaluators): prior turns, used only when no conversationId is given. */
  history: z
    .array(z.strictObject({ role: z.enum(['user', 'assistant']), content: z.string().max(8000) }))
    .max(20)
    .optional(),
});

export const feedbackRequestSchema = z.strictObject({
  conversationId,
  messageId,
  rating: z.enum(['up', 'down'], { error: 'rating must be "up" or "down"' }),
  comment: z.string().max(MAX_COMMENT, `comment must be at most ${MAX_COMMENT} characters`).optional(),
});

export const conversationIdSchema = conversationId;
