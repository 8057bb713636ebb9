import type { z } from 'zod';
import {
  ANNOTATION_FIELDS,
  conversationCaseSchema,
  conversationTurnSchema,
  matchCaseSchema,
  questionCaseSchema,
  type ConversationCase,
  type EvalCase,
  type MatchCase,
} from './dataset-schema.js';

export * from './dataset-schema.js';

/** A line that could not become a case (skipped), or a field that was not understood (ignored). */
export interface DatasetProblem {
  line: number;
  message: string;
}

export interface ParsedDataset {
  /** Single-question cases. */
  cases: EvalCase[];
  conversations: ConversationCase[];
  matches: MatchCase[];
  /** Lines skipped. */
  problems: DatasetProblem[];
  /** Lines kept, with something in them that is not scored (a misspelt field such as `should_refuse`). */
  warnings: DatasetProblem[];
}

type Shape = { shape: Record<string, unknown> };

/**
 * Parses JSONL; a bad line is reported with its number and skipped, never fatal on its own.
 * `file` is recorded on each case so reports can point back at it.
 */
export function parseDataset(text: string, file = 'dataset'): ParsedDataset {
  const parsed: ParsedDataset = { cases: [], conversations: [], matches: [], problems: [], warnings: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      parsed.problems.push({ line, message: `not JSON: ${(error as Error).message}` });
      return;
    }
    const kind = (json as { kind?: unknown } | null)?.kind;
    const schema = kind === 'conversation' ? conversationCaseSchema : kind === 'match' ? matchCaseSchema : questionCaseSchema;
    const result = schema.safeParse(json);
    if (!result.success) {
      parsed.problems.push({ line, message: describeIssues(result.error) });
      return;
    }
    for (const message of findUnknownFields(json as Record<string, unknown>, schema)) parsed.warnings.push({ line, message });
    const origin = { file, line };
    const data = result.data;
    if (data.kind === 'conversation') parsed.conversations.push({ ...data, origin });
    else if (data.kind === 'match') parsed.matches.push({ ...data, origin });
    else parsed.cases.push({ ...data, origin });
  });
  return parsed;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((e) => `${e.path.join('.') || 'case'}: ${e.message}`).join('; ');
}

/** Names every field the schema does not know, turns' fields included, so a typo is never silently unscored. */
export function findUnknownFields(json: Record<string, unknown>, schema: Shape): string[] {
  const found = listUnknown(json, schema, '');
  if (schema === conversationCaseSchema && Array.isArray(json.turns)) {
    json.turns.forEach((turn, t) => {
      if (typeof turn === 'object' && turn !== null)
        found.push(...listUnknown(turn as Record<string, unknown>, conversationTurnSchema, `turns[${t}].`));
    });
  }
  return found;
}

function listUnknown(json: Record<string, unknown>, schema: Shape, prefix: string): string[] {
  const known = [...Object.keys(schema.shape), ...(prefix === '' ? ANNOTATION_FIELDS : [])];
  return Object.keys(json)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = known.find((k) => k.length > 3 && key.toLowerCase().includes(k));
      return `unknown field "${prefix}${key}" ignored${near ? ` (did you mean "${prefix}${near}"?)` : ''}`;
    });
}
