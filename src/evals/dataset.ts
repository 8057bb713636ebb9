import { z } from 'zod';

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

export const evalCaseSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  expected: z.array(z.string()),
  kind: z.enum(EVAL_KINDS),
  refuse: z.boolean().default(false),
  mention: z.array(z.string()).optional(),
  history: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })).optional(),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

export interface DatasetProblem {
  line: number;
  message: string;
}

/** Parses JSONL; a bad line is reported with its number and skipped, never fatal on its own. */
export function parseDataset(text: string): { cases: EvalCase[]; problems: DatasetProblem[] } {
  const cases: EvalCase[] = [];
  const problems: DatasetProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ line: i + 1, message: `not JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = evalCaseSchema.safeParse(json);
    if (parsed.success) cases.push(parsed.data);
    else problems.push({ line: i + 1, message: parsed.error.issues.map((e) => `${e.path.join('.') || 'case'}: ${e.message}`).join('; ') });
  });
  return { cases, problems };
}
