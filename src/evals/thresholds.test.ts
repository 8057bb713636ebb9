import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type Metrics } from './metrics.js';
import { checkFloors, describeFloorCheck, parseFloors } from './thresholds.js';

const METRICS: Metrics = {
  hit_at_1: 0.9,
  hit_at_3: 0.94,
  mrr: 0.95,
  citation_precision: 0.9,
  citation_recall: 0.9,
  refusal_accuracy: 1,
  mention_recall: null,
  grounded_rate: 0.99,
};

describe('thresholds', () => {
  it('names each metric below its floor; a value equal to the floor passes', () => {
    const checks = checkFloors(METRICS, { hit_at_3: 0.95, citation_precision: 0.9, mention_recall: 0.9 });
    expect(checks.map((c) => [c.metric, c.status])).toEqual([
      ['hit_at_3', 'fail'],
      ['citation_precision', 'pass'],
      ['mention_recall', 'unmeasured'],
    ]);
    expect(describeFloorCheck(checks[0]!)).toBe('hit_at_3: 0.940 is below the floor 0.95');
    expect(describeFloorCheck(checks[2]!)).toMatch(/not measured/);
  });

  it('rejects unknown metric names, out-of-range floors and bad JSON', () => {
    expect(() => parseFloors('{"hit_at_5": 0.9}')).toThrow(/unknown metric hit_at_5/);
    expect(() => parseFloors('{"mrr": 1.5}')).toThrow(/mrr/);
    expect(() => parseFloors('[1]')).toThrow(/object of metric floors/);
    expect(() => parseFloors('{')).toThrow(/not JSON/);
  });

  it('ships a floor for every metric, at least the issue minimums', () => {
    const floors = parseFloors(readFileSync('evals/thresholds.json', 'utf8'));
    expect(Object.keys(floors).sort()).toEqual([...METRIC_KEYS].sort());
    expect(floors.hit_at_3).toBeGreaterThanOrEqual(0.95);
    expect(floors.citation_precision).toBeGreaterThanOrEqual(0.9);
    expect(floors.citation_recall).toBeGreaterThanOrEqual(0.85);
    expect(floors.refusal_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(floors.grounded_rate).toBeGreaterThanOrEqual(0.9);
  });
});
