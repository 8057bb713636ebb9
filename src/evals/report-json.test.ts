import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from './metrics.js';
import { buildJsonReport } from './report-json.js';
import { runFakeEval } from '../../test/eval-fixtures.js';

const CONTRACT_CASE_KEYS = ['id', 'retrieved', 'cited', 'refused', 'answer', 'pass'];

describe('buildJsonReport', () => {
  it("keeps the contract's keys first, in its order, in metrics, by_kind, by_language and cases", async () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(await runFakeEval(), null)));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['metrics', 'by_kind', 'by_language', 'cases']));
    expect(Object.keys(report.metrics)).toEqual([...METRIC_KEYS]);
    for (const metrics of [...Object.values(report.by_kind), ...Object.values(report.by_language)]) {
      expect(Object.keys(metrics as object)).toEqual([...METRIC_KEYS]);
    }
    expect(Object.keys(report.by_kind)).toEqual(['paraphrase', 'out_of_scope', 'followup', 'conversation', 'match']);
    expect(Object.keys(report.by_language)).toEqual(['en', 'zh']);
    expect(Object.keys(report.by_language_and_kind.zh)).toEqual(['conversation', 'match']);
    for (const c of report.cases) expect(Object.keys(c).slice(0, 6)).toEqual(CONTRACT_CASE_KEYS);
    expect(report.cases[0]).toEqual({
      id: 'q1',
      retrieved: ['M10', 'M11'],
      cited: ['M10'],
      refused: false,
      answer: 'Technology enterprises can get intellectual property pledge financing [M10].',
      pass: true,
      kind: 'paraphrase',
      language: 'en',
      expected: ['M10'],
      file: null,
      line: null,
    });
  });

  it('lists conversation turns as <id>#<n> and profiles with their matches', async () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(await runFakeEval(), null)));
    const byId = Object.fromEntries(report.cases.map((c: { id: string }) => [c.id, c]));
    expect(byId['c1#2']).toMatchObject({
      kind: 'conversation',
      language: 'zh',
      expected: [],
      cited: ['M10'],
      pass: false,
      file: 'evals/conversations.jsonl',
      line: 1,
    });
    expect(byId.p1).toMatchObject({
      kind: 'match',
      retrieved: ['M10'],
      cited: ['M10'],
      refused: false,
      pass: true,
      matches: [{ id: 'M10', need: 'financing' }],
    });
    expect(byId.p1.answer).toBe('M10 (financing): We will support intellectual property pledge financing.');
    expect(byId.p2).toMatchObject({ language: 'zh', matches: [], pass: true });
  });

  it('writes null for metrics that do not apply, and nests the baseline in the same shape', async () => {
    const report = JSON.parse(JSON.stringify(buildJsonReport(await runFakeEval(), await runFakeEval(), { run: { commit: 'x' } })));
    expect(report.by_kind.out_of_scope.hit_at_1).toBeNull();
    expect(report.by_kind.paraphrase.mention_recall).toBeNull();
    expect(report.by_language.en.match_empty_accuracy).toBeNull();
    expect(Object.keys(report.baseline.metrics)).toEqual([...METRIC_KEYS]);
    expect(report.baseline.cases).toHaveLength(7);
    expect(report.run).toEqual({ commit: 'x' });
    expect(report.latency_ms).toEqual({ p50: expect.any(Number), p95: expect.any(Number) });
  });
});
