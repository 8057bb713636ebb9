import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../run-cli.js';
import type { DraftMetadata } from './draft-metadata.js';

/**
 * Writes `<corpusDir>/<id>/` (policy.txt, metadata.json) all at once: the files go to a hidden
 * folder beside it first and are renamed into place, so the corpus never holds half a document.
 * An existing folder is replaced only with `force`; it is moved aside until the new one is in place.
 */
export function writeDraft(corpusDir: string, metadata: DraftMetadata, policyText: string, force: boolean): string {
  const target = join(corpusDir, metadata.id);
  if (existsSync(target) && !force) {
    throw new UsageError(`${target} already exists; pass --force to replace it, or --id to name the new document differently`);
  }
  mkdirSync(corpusDir, { recursive: true });
  const staging = mkdtempSync(join(corpusDir, `.ingest-${metadata.id}-`));
  const aside = `${staging}-replaced`;
  // mkdtemp makes the folder private; the document folder is as readable as any other in the corpus.
  chmodSync(staging, 0o777 & ~process.umask());
  try {
    writeFileSync(join(staging, 'policy.txt'), policyText);
    writeFileSync(join(staging, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
    if (existsSync(target)) renameSync(target, aside);
    renameSync(staging, target);
  } catch (error) {
    if (existsSync(aside) && !existsSync(target)) renameSync(aside, target);
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(aside, { recursive: true, force: true });
  }
  return target;
}
