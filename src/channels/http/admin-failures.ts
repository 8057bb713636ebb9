import { z } from 'zod';
import type { Language } from '../../core/corpus/section.js';
import { CHANNELS, FAILURE_KINDS, type FailedAnswer, type Store } from '../../core/storage/store.js';
import { detectLanguage } from '../../core/text/detect-language.js';
import { validationError } from './http-errors.js';
import { FLAG_LABELS } from './transcript-page.js';

/** How far back the filters look: a language filter is applied to this many of the newest failures. */
const SCANNED = 500;

/** The page's form sends "" for "all"; an absent value means the same. */
const blankAsAbsent = (v: unknown) => (v === '' ? undefined : v);

export const failureFilterSchema = z.object({
  kind: z.preprocess(blankAsAbsent, z.enum(FAILURE_KINDS, { error: `kind must be one of ${FAILURE_KINDS.join(', ')}` }).optional()),
  language: z.preprocess(blankAsAbsent, z.enum(['en', 'zh'], { error: 'language must be en or zh' }).optional()),
  channel: z.preprocess(blankAsAbsent, z.enum(CHANNELS, { error: `channel must be one of ${CHANNELS.join(', ')}` }).optional()),
});

export type FailureFilter = z.infer<typeof failureFilterSchema>;

export type FailureRow = FailedAnswer & { language: Language };

/**
 * An eval case as a reviewer receives it: what was asked and what the system did. The system's
 * own citations are `cited`, never `expected`: a line becomes a case once a reviewer adds
 * `expected` (and `refuse` when it should refuse), so a wrong answer is never taken as the truth.
 */
export interface EvalDraft {
  id: string;
  question: string;
  kind: 'followup' | 'paraphrase';
  language: Language;
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  cited: string[];
  answer: string;
  note: string;
}

export function readFailureFilter(query: Record<string, string>): FailureFilter {
  const parsed = failureFilterSchema.safeParse(query);
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

/** The newest refused, down-voted or doubtful answers matching the filter. The store keeps no language, so it is read off the question. */
export async function listFailures(store: Store, filter: FailureFilter, limit: number): Promise<FailureRow[]> {
  const rows = await store.listFailures({ kind: filter.kind, channel: filter.channel, limit: filter.language ? SCANNED : limit });
  return rows
    .map((row) => ({ ...row, language: detectLanguage(row.question) }))
    .filter((row) => !filter.language || row.language === filter.language)
    .slice(0, limit);
}

export function toEvalDrafts(rows: FailureRow[]): EvalDraft[] {
  // The dataset requires a question; an answer without a stored one cannot become a case.
  return rows
    .filter((row) => row.question.trim() !== '')
    .map((row, i) => ({
      id: `fail_${i + 1}`,
      question: row.question,
      kind: row.history.length > 0 ? 'followup' : 'paraphrase',
      language: row.language,
      ...(row.history.length > 0 ? { history: row.history } : {}),
      cited: row.cited,
      answer: row.answer,
      note: describeFailure(row),
    }));
}

/** "refused, down-voted on web at 2025-06-01T…: should cite M10": why the line is here. */
export function describeFailure(row: FailureRow): string {
  const why = row.kinds.map((k) => (k === 'doubtful' ? `low confidence (${row.doubts.join(', ')})` : FLAG_LABELS[k])).join(', ');
  return `${why} on ${row.channel} at ${row.createdAt} (${row.messageId})${row.comment ? `: ${row.comment}` : ''}`;
}
