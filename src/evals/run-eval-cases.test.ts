import { describe, expect, it } from 'vitest';
import { CASES, runFakeEval, SECTIONS } from '../../test/eval-fixtures.js';
import { runEval } from './run-eval-cases.js';

describe('runEval', () => {
  it('scores every case, grounds answers against the sections and records answerer errors', async () => {
    const run = await runFakeEval();
    expect(run.outcomes.map((o) => o.pass)).toEqual([true, false, false]);
    expect(run.outcomes[0]).toMatchObject({ sentences: 1, groundedSentences: 1 });
    expect(run.errors).toEqual([{ id: 'q3', message: 'server said no' }]);
    expect(run.metrics.refusal_accuracy).toBeCloseTo(2 / 3);
    expect(run.metrics.hit_at_1).toBe(1 / 2);
    expect(Object.keys(run.byKind)).toEqual(['paraphrase', 'out_of_scope', 'followup']);
    expect(run.outcomes.every((o) => Number.isFinite(o.latencyMs))).toBe(true);
  });

  it('reports progress after each case', async () => {
    const seen: string[] = [];
    await runEval({
      cases: CASES,
      sections: SECTIONS,
      answer: async () => ({ retrieved: [], cited: [], refused: true, answer: 'No.' }),
      onCaseDone: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });
});
