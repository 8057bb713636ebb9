// Writes evals/snapshots/answers.jsonl: every dev and held-out turn's offline answer. The test
// beside src/evals/snapshot-answers.ts compares against it, so a refactor that means to change no
// answer proves it; a change that means to change answers rewrites the file and shows the diff.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSnapshot, SNAPSHOT_FILE, snapshotAnswers } from '../src/evals/snapshot-answers.js';

const dataDir = mkdtempSync(join(tmpdir(), 'snapshot-'));
try {
  const snapshots = await snapshotAnswers(dataDir);
  writeFileSync(SNAPSHOT_FILE, formatSnapshot(snapshots));
  console.log(`wrote ${snapshots.length} answers to ${SNAPSHOT_FILE}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
