import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from './metrics.js';
import { buildJsonReport } from './report-json.js';
import { runFakeEval } from '../../test/eval-fixtures.js';

describe('buildJsonReport', () => {
  it("has the contract's keys, exactly, in metrics, by_kind and cases", async () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(await runFakeEval(), null)));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['metrics', 'by_kind', 'cases']));
    expect(Object.keys(report.metrics)).toEqual([...METRIC_KEYS]);
    for (const metrics of Object.values(report.by_kind)) expect(Object.keys(metrics as object)).toEqual([...METRIC_KEYS]);
    expect(Object.keys(report.by_kind)).toEqual(['paraphrase', 'out_of_scope', 'followup']);
    for (const c of report.cases) expect(Object.keys(c)).toEqual(['id', 'retrieved', 'cited', 'refused', 'answer', 'pass']);
    expect(report.cases[0]).toEqual({
      id: 'q1',
      retrieved: ['M10', 'M11'],
      cited: ['M10'],
      refused: false,
      answer: 'Technology enterprises can get intellectual property pledge financing [M10].',
      pass: true,
    });
  });

  it('writes null for metrics that do not apply, and nests the baseline in the same shape', async () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(await runFakeEval(), await runFakeEval(), { run: { dataset: 'x' } })));
    expect(report.by_kind.out_of_scope.hit_at_1).toBeNull();
    expect(report.by_kind.paraphrase.mention_recall).toBeNull();
    expect(Object.keys(report.baseline.metrics)).toEqual([...METRIC_KEYS]);
    expect(report.baseline.cases).toHaveLength(3);
    expect(report.latency_ms).toEqual({ p50: expect.any(Number), p95: expect.any(Number) });
  });
});
