import { describe, expect, it } from 'vitest';
import { computePercentile } from './summarize-run.js';

describe('computePercentile', () => {
  it('takes the nearest rank, so the value was really measured', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(computePercentile(values, 50)).toBe(5);
    expect(computePercentile(values, 95)).toBe(10);
    expect(computePercentile([7], 95)).toBe(7);
    expect(computePercentile([3, 1], 0)).toBe(1);
  });

  it('is null without values', () => {
    expect(computePercentile([], 50)).toBeNull();
  });
});
