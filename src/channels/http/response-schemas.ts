import { z } from '@hono/zod-openapi';
import { NEEDS } from '../../core/match/needs.js';

/**
 * What the routes answer, for the OpenAPI document and for the test that checks the answers
 * against it. Objects are open (extra fields pass): the contract grows only by adding.
 */

const language = z.enum(['en', 'zh']).openapi({ description: "The language the text is written in: the question's." });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'message: message must not be empty' }),
    }),
  })
  .openapi('Error', {
    description: 'Every error: a stable code for programs, a message for people. 4xx: the caller can fix it; 5xx: our fault.',
  });

const citedDocument = z
  .object({ id: z.string(), title: z.string(), documentNumber: z.string(), validUntil: z.string().nullable() })
  .openapi('CitedDocument');

export const citationSchema = z
  .object({
    id: z.string().openapi({
      description: "Section id: M1-M41, R1-R4, PREAMBLE, VALIDITY; other documents' ids carry their prefix (doc:M10).",
      example: 'M10',
    }),
    title: z.string(),
    section: z.string().openapi({ description: 'Where the section sits in the document, outermost first, joined by " > ".' }),
    departments: z.array(z.string()),
    quote: z.string().openapi({ description: "Verbatim text of the cited section, in the answer's language." }),
    score: z.number(),
    document: citedDocument,
    titleEn: z.string().optional().openapi({ description: 'Chinese answers only: the English title, verbatim.' }),
    quoteEn: z.string().optional().openapi({ description: 'Chinese answers only: the English quote, verbatim.' }),
    departmentsEn: z.array(z.string()).optional().openapi({ description: 'Chinese answers only: the English department names.' }),
  })
  .openapi('Citation');

export const noticeSchema = z
  .object({
    kind: z.string().openapi({
      description:
        'validity, fallback, new_conversation, translation, numbering, not_served (matching: why a company gets no match); more may be added.',
      example: 'validity',
    }),
    text: z.string(),
  })
  .openapi('Notice');

export const answerSchema = z
  .object({
    answer: z.string().openapi({ description: 'The answer text, with inline markers such as [M10].' }),
    citations: z.array(citationSchema).openapi({ description: 'The sections the text marks, in order of first mark; empty when refused.' }),
    refused: z.boolean().openapi({ description: 'True when the question is outside the policy or asks the assistant to leave its job.' }),
    related: z.array(z.object({ id: z.string(), title: z.string() }).openapi('RelatedSection')).openapi({
      description:
        'When no document covers the question: up to three nearest sections, offered as nearest and never citations. [] otherwise.',
    }),
    handoff: z
      .literal('offer')
      .optional()
      .openapi({ description: 'Present when the message asked for a person: offer a hand-off (POST /api/handoff).' }),
    notices: z.array(noticeSchema),
    conversationId: z.string().openapi({ example: 'c_pzBm80Fxv-PVHDNNL1ueDQ' }),
    messageId: z.string().openapi({ example: 'm_7o5-tOA70sckOMjCa8dvBA' }),
    mode: z.enum(['offline', 'llm']),
    language,
    trace: z
      .object({ strategy: z.string(), retrieved: z.array(z.object({ id: z.string(), score: z.number() })), query: z.string() })
      .optional()
      .openapi({ description: 'Only with ?trace=1: what retrieval ranked, for evaluators.' }),
  })
  .openapi('Answer');

export const streamDeltaSchema = z
  .object({ text: z.string() })
  .openapi('StreamDelta', { description: 'Data of a `delta` event: the next piece of answer text.' });

export const contactSchema = z
  .object({
    department: z.string(),
    phone: z.string().optional(),
    address: z.string().optional(),
    url: z.string().optional(),
  })
  .openapi('Contact');

export const sectionSchema = z
  .object({
    id: z.string(),
    label: z.string().openapi({ description: 'How people see the id: "Measure 10", "措施10".' }),
    title: z.string(),
    section: z.string(),
    departments: z.array(z.string()),
    contacts: z.array(contactSchema).openapi({
      description: "How to reach the section's departments, as its document's metadata lists them; [] when it lists none.",
    }),
    text: z.string(),
    document: z.object({ id: z.string(), title: z.string(), validUntil: z.string().nullable() }),
    translation: z
      .string()
      .optional()
      .openapi({ description: 'With ?lang=zh when the translation is not official: the notice saying so.' }),
  })
  .openapi('Section');

export const policyDocumentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    documentNumber: z.string(),
    issued: z.string(),
    validUntil: z.string().nullable(),
    issuers: z.array(z.string()),
    language: z.string(),
    translations: z.record(
      z.string(),
      z.object({ title: z.string(), official: z.boolean(), notice: z.string(), issuers: z.array(z.string()) }),
    ),
  })
  .openapi('PolicyDocument');

export const feedbackResponseSchema = z
  .object({ ok: z.literal(true), conversationId: z.string(), messageId: z.string(), rating: z.enum(['up', 'down']) })
  .openapi('FeedbackStored');

export const conversationSchema = z
  .object({
    id: z.string(),
    channel: z.enum(['web', 'slack', 'api', 'cli']),
    createdAt: z.string(),
    messages: z.array(
      z.object({
        id: z.string(),
        role: z.enum(['user', 'assistant']),
        text: z.string().openapi({ description: 'As stored: e-mail addresses and phone numbers removed.' }),
        citations: z.array(z.string()),
        mode: z.enum(['offline', 'llm']).nullable(),
        refused: z.boolean(),
        notices: z.array(z.string()),
        latencyMs: z.number().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('Conversation');

export const matchResultSchema = z
  .object({
    matches: z
      .array(
        z.object({
          id: z.string().openapi({ example: 'M10' }),
          title: z.string(),
          departments: z.array(z.string()),
          reason: z.object({
            quote: z.string().openapi({ description: 'The sentence of the measure that makes it relevant, verbatim.' }),
            need: z.enum(NEEDS).openapi({ description: 'The need it serves.' }),
          }),
          score: z.number(),
        }),
      )
      .openapi({ description: 'Most relevant first; empty when the policy does not serve the company described.' }),
    language,
    notices: z.array(noticeSchema),
  })
  .openapi('MatchResult');

export const healthSchema = z.object({ ok: z.literal(true) }).openapi('Health');

export const handoffResponseSchema = z
  .object({
    handoffId: z.string(),
    status: z.enum(['open', 'taken', 'resolved']).openapi({
      description: '`open` for a new hand-off; a conversation whose hand-off is not resolved yet gets that one back, as it stands.',
    }),
  })
  .openapi('HandoffAccepted');

export const handoffUnavailableSchema = z
  .object({
    error: z.object({ code: z.literal('handoff_unavailable'), message: z.string() }),
    contacts: z.array(contactSchema).openapi({
      description:
        "The departments responsible for what the conversation's answers cited, when their contacts are known, then the 12345 hotline.",
    }),
  })
  .openapi('HandoffUnavailable');

export const conversationMessagesSchema = z
  .object({
    messages: z.array(
      z.object({
        id: z.string(),
        role: z.enum(['user', 'assistant', 'staff']),
        text: z
          .string()
          .openapi({ description: 'As stored: e-mail addresses and phone numbers removed. Answers keep their `[M10]` markers.' }),
        at: z.string().openapi({ description: 'When it was stored (ISO 8601, UTC).' }),
        author: z.string().optional().openapi({ description: "Staff messages only: the staff member's Slack display name, or user id." }),
      }),
    ),
  })
  .openapi('ConversationMessages');
