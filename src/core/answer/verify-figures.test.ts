import { describe, expect, it } from 'vitest';
import { extractFigures } from './verify-figures.js';

describe('reading the figures a text states', () => {
  it.each([
    ['up to 5 million yuan at a 50% subsidy', [5_000_000, 50]],
    ['RMB 1,000,000 or 2.5bn', [1_000_000, 2_500_000_000]],
    ['closes on 30 June 2025, within twenty-five working days', [6, 30, 2025, 25]],
    ['valid until December 31, 2025', [12, 31, 2025]],
    ['有效期至2025年12月31日', [2025, 12, 31]],
    ['最高五百万元，贴息百分之五十，三年内', [5_000_000, 50, 3]],
    ['"(2+2)+(3+6)" and No.18', [2, 2, 3, 6, 18]],
    ['五个中心，第一批', [5, 1]],
    ['最高壹仟伍佰万元，补贴伍拾％，期限叁年', [15_000_000, 50, 3]],
    ['最高２００万元，补贴３０％', [2_000_000, 30]],
    ['up to ٥٠٠ yuan, or २०० yuan, or 𝟑𝟎%', [500, 200, 30]],
    ['二〇二五年六月三十日', [2025, 6, 30]],
    ['2 million yuan, 2,000,000 yuan and 200万元', [2_000_000, 2_000_000, 2_000_000]],
  ])('%s', (text, expected) => {
    expect(extractFigures(text).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });

  it('does not read ordinary words as figures', () => {
    expect(extractFigures('One of the measures; a firm may apply; 进一步推动一体化')).toEqual([]);
  });
});
