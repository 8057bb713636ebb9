import { describe, expect, it } from 'vitest';
import { formatMs, formatRatio, formatScore, formatTable } from './format-table.js';

describe('formatTable', () => {
  it('aligns columns: names left, numbers right, a rule under the header', () => {
    expect(formatTable([['kind', 'hit@1'], ['overall', '0.912'], ['multi', '1.000']])).toBe(
      ['kind     hit@1', '-------  -----', 'overall  0.912', 'multi    1.000'].join('\n'),
    );
  });

  it('shows a dash for what does not apply, and for a ratio over zero', () => {
    expect(formatScore(null)).toBe('-');
    expect(formatRatio(0.9, 0)).toBe('-');
    expect(formatRatio(null, 0.5)).toBe('-');
    expect(formatRatio(0.9, 0.45)).toBe('2.00x');
    expect([formatMs(0.123), formatMs(3.21), formatMs(123.4), formatMs(null)]).toEqual(['0.12', '3.2', '123', '-']);
  });
});
