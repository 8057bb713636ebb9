import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { type AnswerSnapshot, SNAPSHOT_FILE, snapshotAnswers } from './snapshot-answers.js';

const dataDir = mkdtempSync(join(tmpdir(), 'snapshot-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// `npm run snapshot-answers` rewrites the file when answers are meant to change; the diff is the review.
it('answers every dev and held-out turn exactly as the committed snapshot', async () => {
  const expected = readFileSync(SNAPSHOT_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AnswerSnapshot);
  const actual = await snapshotAnswers(dataDir);
  const changed = actual.filter((a, i) => JSON.stringify(a) !== JSON.stringify(expected[i])).map((a) => a.id);
  expect(actual.length).toBe(expected.length);
  expect(changed, `changed answers (run npm run snapshot-answers to accept): ${changed.slice(0, 20).join(', ')}`).toEqual([]);
}, 180_000);
