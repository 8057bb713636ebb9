import { basename, extname, relative } from 'node:path';
import { isAppError } from '../../../core/errors.js';
import { describeDocument } from '../describe-document.js';
import { loadDocument } from '../load-corpus.js';
import { draftMetadata } from './draft-metadata.js';
import { readDocument } from './read-document.js';
import { writeDraft } from './write-draft.js';

export interface IngestFileResult {
  /** What the command prints. */
  report: string;
  /** True when the draft passes the check as written; otherwise a person has to finish it. */
  ready: boolean;
}

/**
 * Reads a document file, writes its draft folder into `corpusDir` and checks it as
 * `--check` would. Unreadable files throw before anything is written.
 */
export async function ingestFile(options: {
  file: string;
  id: string | undefined;
  force: boolean;
  corpusDir: string;
}): Promise<IngestFileResult> {
  const { text, warnings } = await readDocument(options.file);
  const paragraphs = text.trimEnd().split('\n');
  const { metadata, missing } = draftMetadata(paragraphs, options.id ?? idFromFileName(options.file));
  const folder = writeDraft(options.corpusDir, metadata, text, options.force);
  const nearby = relative(process.cwd(), folder);
  const shown = nearby.startsWith('..') ? folder : nearby;
  const lines = [
    `read ${options.file}: ${paragraphs.length} paragraphs, language ${metadata.language}, shape ${metadata.shape ?? 'measures'}`,
    `wrote ${shown}/policy.txt and ${shown}/metadata.json (a draft: read both before the assistant uses them)`,
  ];
  for (const warning of warnings) lines.push(`check in policy.txt: ${warning}`);
  if (missing.length > 0) {
    lines.push(`left for a person in metadata.json (not found in the text):`);
    for (const { field, lookedFor } of missing) lines.push(`  ${field}: looked for ${lookedFor}`);
  }
  let ready = missing.length === 0;
  try {
    lines.push(describeDocument(loadDocument(folder)));
  } catch (error) {
    if (!isAppError(error)) throw error;
    lines.push(`check failed: ${error.message}`);
    ready = false;
  }
  if (!ready) lines.push(`until it passes --check, the assistant will not start with ${shown} in its corpus: finish it, or move it out`);
  return { report: lines.join('\n'), ready };
}

/** "Measures 2026 (final).pdf" -> "measures-2026-final"; null when the name has no letters or digits to use. */
export function idFromFileName(file: string): string | null {
  const slug = basename(file, extname(file))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /[a-z]/.test(slug) ? slug : null;
}
