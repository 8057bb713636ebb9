import { z } from 'zod';
import type { Language } from '../core/corpus/section.js';

/** The contract's kinds of single-question case. */
export const EVAL_KINDS = [
  'lookup',
  'paraphrase',
  'department',
  'multi',
  'unspecified',
  'validity',
  'out_of_scope',
  'injection',
  'followup',
] as const;

/** Every kind a report groups by: the question kinds, then conversation turns and company profiles. */
export const REPORT_KINDS = [...EVAL_KINDS, 'conversation', 'match'] as const;

export const LANGUAGES = ['en', 'zh'] as const satisfies readonly Language[];

/** The needs a company profile may name (the contract's `reason.need` values). */
export const NEEDS = ['financing', 'talent', 'rnd', 'market', 'space', 'ip', 'brand', 'other'] as const;
export type Need = (typeof NEEDS)[number];

const language = z.enum(LANGUAGES).default('en');
const ids = z.array(z.string());
const turnSchema = z.object({ role: z.enum(['user', 'assistant']), content: z.string() });

export const questionCaseSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  expected: ids,
  kind: z.enum(EVAL_KINDS),
  refuse: z.boolean().default(false),
  mention: z.array(z.string()).optional(),
  /** Facts the answer must state as written: every string (must_contain), one of each list (must_contain_any). */
  must_contain: z.array(z.string().min(1)).optional(),
  must_contain_any: z.array(z.array(z.string().min(1)).min(1)).optional(),
  history: z.array(turnSchema).optional(),
  language,
});

/** A turn without `expected` must cite nothing, like smalltalk: there is no "anything goes". */
export const conversationTurnSchema = z.object({
  message: z.string().min(1),
  expected: ids.default([]),
  refuse: z.boolean().default(false),
  mention: z.array(z.string()).optional(),
});

export const conversationCaseSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('conversation'),
  /** `mixed`: each turn's language is read off its message. */
  language: z.enum([...LANGUAGES, 'mixed']).default('en'),
  turns: z.array(conversationTurnSchema).min(1),
});

export const matchCaseSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('match'),
  language,
  profile: z.string().min(1),
  industry: z.string().optional(),
  needs: z.array(z.enum(NEEDS)).optional(),
  /** The measures that must be among the first 10 matches; [] when the policy does not serve the company. */
  expected: ids,
  limit: z.number().int().min(1).max(20).optional(),
});

/**
 * Fields a case may carry for the people who curate the set (the admin export writes them):
 * known, so they raise no warning, and never scored.
 */
export const ANNOTATION_FIELDS = ['note', 'answer', 'cited'] as const;

/** Where a case came from, so reports can point at the line to fix. */
export interface Origin {
  file: string;
  line: number;
}

/**
 * One scored question: a single-question case, or one turn of a conversation (kind
 * `conversation`, id `<conversation id>#<n>`, history filled in as the conversation runs).
 */
export interface EvalCase {
  id: string;
  question: string;
  expected: string[];
  kind: (typeof EVAL_KINDS)[number] | 'conversation';
  refuse: boolean;
  mention?: string[];
  must_contain?: string[];
  must_contain_any?: string[][];
  history?: { role: 'user' | 'assistant'; content: string }[];
  /** en when absent. */
  language?: Language;
  origin?: Origin;
  conversation?: { id: string; turn: number };
}

export type ConversationCase = z.infer<typeof conversationCaseSchema> & { origin?: Origin };
export type MatchCase = z.infer<typeof matchCaseSchema> & { origin?: Origin };
