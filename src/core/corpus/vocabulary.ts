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

/** A name of the document's own ("五个中心", "five centers") that, asked about, means one of its sections. */
export interface SectionName {
  /** The section's id within its document ("PREAMBLE"). */
  section: string;
  words: string[];
}

export interface DocumentVocabulary {
  entries: VocabularyEntry[];
  sectionNames: SectionName[];
}

const EXAMPLES = { means: z.string().min(10), examples: z.array(z.string()).min(1), counterExamples: z.array(z.string()).optional() };

const FILE = z.object({
  about: z.string().optional(),
  sectionNames: z.array(z.object({ section: z.string().min(1), words: z.array(z.string().min(1)).min(1), ...EXAMPLES })).default([]),
  entries: z.array(
    z.object({
      words: z.array(z.string().min(1)).min(1),
      expandsTo: z.string().min(1),
      ...EXAMPLES,
    }),
  ),
});

/** A document folder's `vocabulary.json`; a malformed file names itself and the field. */
export function parseVocabulary(json: string, where: string): DocumentVocabulary {
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
  return {
    entries: parsed.data.entries.map(({ words, expandsTo }) => ({ words, expandsTo })),
    sectionNames: parsed.data.sectionNames.map(({ section, words }) => ({ section, words })),
  };
}
