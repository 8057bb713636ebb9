import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../core/config.js';
import { parseDataset } from './dataset.js';
import { createLocalAnswerer } from './local-answerer.js';
import { METRIC_KEYS } from './metrics.js';
import { runEval, type EvalRun } from './run-eval-cases.js';
import { checkFloors, describeFloorCheck, loadFloors } from './thresholds.js';

// The quality gate `npm test` runs: a regression in retrieval, citation or grounding fails CI here.
const floors = loadFloors('evals/thresholds.json');
const { cases, problems } = parseDataset(readFileSync('evals/dataset.jsonl', 'utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'eval-gate-'));
let run: EvalRun;

beforeAll(async () => {
  // A fresh DATA_DIR, so the gate never rides on a stale index in ./data.
  const target = await createLocalAnswerer(parseConfig({ DATA_DIR: dataDir }), '2026-01-15');
  run = await runEval({ cases, answer: target.answer, sections: target.sections });
}, 120_000);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('eval gate on evals/dataset.jsonl', () => {
  it('parses every line and answers every case', () => {
    expect(problems).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.outcomes).toHaveLength(cases.length);
  });

  it.each(METRIC_KEYS.filter((key) => floors[key] !== undefined))('%s meets its floor', (metric) => {
    const [check] = checkFloors(run.metrics, { [metric]: floors[metric] });
    expect(check!.status, describeFloorCheck(check!)).toBe('pass');
  });
});
