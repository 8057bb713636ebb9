import { describe, expect, it } from 'vitest';
import { runFakeEval } from '../../test/eval-fixtures.js';
import { buildMatchRows, buildRunRows, formatMs, formatRatio, formatScore, formatTable } from './format-table.js';

describe('formatTable', () => {
  it('aligns columns: names left, numbers right, a rule under the header', () => {
    expect(
      formatTable([
        ['kind', 'hit@1'],
        ['overall', '0.912'],
        ['multi', '1.000'],
      ]),
    ).toBe(['kind     hit@1', '-------  -----', 'overall  0.912', 'multi    1.000'].join('\n'));
  });

  it('shows a dash for what does not apply, and for a ratio over zero', () => {
    expect(formatScore(null)).toBe('-');
    expect(formatRatio(0.9, 0)).toBe('-');
    expect(formatRatio(null, 0.5)).toBe('-');
    expect(formatRatio(0.9, 0.45)).toBe('2.00x');
    expect([formatMs(0.123), formatMs(3.21), formatMs(123.4), formatMs(null)]).toEqual(['0.12', '3.2', '123', '-']);
  });
});

describe('run tables', () => {
  it('shows question metrics per kind, and company matching per language in a table of its own', async () => {
    const run = await runFakeEval();
    const rows = buildRunRows(run);
    expect(rows[0]).toContain('no-cite acc');
    expect(rows[0]).not.toContain('match rec@10');
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['kind', 'cases'],
      ['overall', '7'],
      ['paraphrase', '1'],
      ['out_of_scope', '1'],
      ['followup', '1'],
      ['conversation', '2'],
      ['match', '2'],
    ]);
    expect(buildMatchRows(run)!.map((r) => r.slice(0, 5))).toEqual([
      ['language', 'profiles', 'match rec@10', 'match prec@5', 'match empty'],
      ['overall', '2', '1.000', '1.000', '1.000'],
      ['en', '1', '1.000', '1.000', '-'],
      ['zh', '1', '-', '-', '1.000'],
    ]);
    expect(buildMatchRows({ byKind: {}, byLanguage: {} })).toBeNull();
  });
});
