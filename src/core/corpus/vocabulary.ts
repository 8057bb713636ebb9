import { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * Words people use for something a text names otherwise ("law firm" for "professional service
 * institutions"): a question holding one of `words` is searched with `expandsTo` added. General
 * English lives in `lang/en/vocabulary.json`; a document's own wording in its folder's
 * `vocabulary.json`, so another district's documents bring theirs.
 */
export interface VocabularyEntry {
  words: string[];
  expandsTo: string;
}

const FILE = z.object({
  about: z.string().optional(),
  entries: z.array(
    z.object({
      means: z.string().min(10),
      words: z.array(z.string().min(1)).min(1),
      expandsTo: z.string().min(1),
      examples: z.array(z.string()).min(1),
      counterExamples: z.array(z.string()).optional(),
    }),
  ),
});

/** A document folder's `vocabulary.json`; a malformed file names itself and the field. */
export function parseVocabulary(json: string, where: string): VocabularyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new AppError('invalid_vocabulary', `${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = FILE.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_vocabulary', `${where}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.entries.map(({ words, expandsTo }) => ({ words, expandsTo }));
}
