import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../core/config.js';
import { listDatasetFiles, loadDatasets } from './load-datasets.js';
import { createLocalAnswerer } from './local-answerer.js';
import { runEval, type EvalRun } from './run-eval-cases.js';
import { checkFloors, describeFloorCheck, gatedScopes, loadFloors } from './thresholds.js';

// The quality gate `npm test` runs: a regression in retrieval, citation, grounding or matching, in either language, fails CI here.
const floors = loadFloors('evals/thresholds.json');
const data = loadDatasets(listDatasetFiles());
const dataDir = mkdtempSync(join(tmpdir(), 'eval-gate-'));
let run: EvalRun;

beforeAll(async () => {
  // A fresh DATA_DIR, so the gate never rides on a stale index in ./data.
  const target = await createLocalAnswerer(parseConfig({ DATA_DIR: dataDir }), '2026-01-15');
  const { cases, conversations, matches } = data;
  run = await runEval({ cases, conversations, matches, answer: target.answer, match: target.match, sections: target.sections });
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('eval gate on every evals/*.jsonl', () => {
  it('parses every line, understands every field and answers every case', () => {
    expect(data.problems).toEqual([]);
    expect(data.warnings).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.matchOutcomes).toHaveLength(data.matches.length);
  });

  const gated = gatedScopes(floors).flatMap((scope) => Object.keys(floors[scope] ?? {}).map((metric) => `${scope} ${metric}`));
  it.each(gated)('%s meets its floor', (name) => {
    const check = checkFloors(run, floors).find((c) => `${c.scope} ${c.metric}` === name)!;
    expect(check.status, describeFloorCheck(check)).toBe('pass');
  });
});
