import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/config.js';
import { explainFailure } from '../src/evals/explain-failure.js';
import { loadDatasets } from '../src/evals/load-datasets.js';
import { createLocalAnswerer } from '../src/evals/local-answerer.js';
import { runEval, type EvalRun } from '../src/evals/run-eval-cases.js';
import { checkFloors, describeFloorCheck, loadFloors } from '../src/evals/thresholds.js';
import { CORPUS_DIR } from '../src/runtimes/node/load-corpus.js';

// evals/documents/zh-documents.jsonl over the shipped corpus plus two fictional Chinese documents
// (a measures document and an application guide), dropped in as an operator would, on a day when
// the 2024 measures have expired and the new ones are in force.
const TODAY = '2026-12-07';
const DATASET = fileURLToPath(new URL('../evals/documents/zh-documents.jsonl', import.meta.url));
/** Floors a little under this tree's figures (reported in evals/documents/README.md), by language. */
const floors = loadFloors(fileURLToPath(new URL('../evals/documents/thresholds.json', import.meta.url)));

let run: EvalRun;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'corpus-zh-docs-'));
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  for (const folder of ['zh-measures-2026', 'zh-guide-2026']) {
    cpSync(new URL(`./fixtures/${folder}`, import.meta.url), join(corpusDir, folder), { recursive: true });
  }
  const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'zh-docs-data-')), CORPUS_DIR: corpusDir });
  const target = await createLocalAnswerer(config, TODAY);
  const data = loadDatasets([DATASET]);
  expect(data.problems).toEqual([]);
  expect(data.warnings).toEqual([]);
  run = await runEval({ cases: data.cases, answer: target.answer, sections: target.sections });
}, 120_000);

describe('questions over Chinese documents loaded beside the 2024 measures', () => {
  it('has at least 60 questions in both languages', () => {
    expect(run.cases.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(run.byLanguage).sort()).toEqual(['en', 'zh']);
  });

  it.each(['en', 'zh'])('meets the floors in %s', (language) => {
    const { metrics, count } = run.byLanguage[language]!;
    const failures = run.cases
      .map((c, i) => ({ c, o: run.outcomes[i]! }))
      .filter(({ c, o }) => (c.language ?? 'en') === language && !o.pass)
      .map(({ c, o }) => `${c.id} ${c.question}: ${explainFailure(c, o).join('; ')}`);
    console.log(
      `${language} (${count} questions): ${Object.entries(metrics)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `${k} ${(v as number).toFixed(3)}`)
        .join(', ')}\n  failing: ${failures.join('\n  ') || 'none'}`,
    );
    const checks = checkFloors(run, floors).filter((c) => c.scope === language);
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) expect(check.status, describeFloorCheck(check)).toBe('pass');
  });
});
