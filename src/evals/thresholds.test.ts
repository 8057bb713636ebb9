import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, type Metrics } from './metrics.js';
import { checkFloors, describeFloorCheck, FLOOR_SCOPES, parseFloors, suggestFloors } from './thresholds.js';

const NONE = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as Metrics;
const OVERALL: Metrics = { ...NONE, hit_at_3: 0.94, citation_precision: 0.9, refusal_accuracy: 1 };
const ZH: Metrics = { ...NONE, hit_at_3: 0.5 };

describe('thresholds', () => {
  it('checks each scope against its own metrics; a value equal to the floor passes', () => {
    const summary = { metrics: OVERALL, byLanguage: { zh: { metrics: ZH } } };
    const checks = checkFloors(summary, {
      overall: { hit_at_3: 0.95, citation_precision: 0.9, mention_recall: 0.9 },
      en: { hit_at_3: 0.9 },
      zh: { hit_at_3: 0.5 },
    });
    expect(checks.map((c) => [c.scope, c.metric, c.status])).toEqual([
      ['overall', 'hit_at_3', 'fail'],
      ['overall', 'citation_precision', 'pass'],
      ['overall', 'mention_recall', 'unmeasured'],
      ['en', 'hit_at_3', 'unmeasured'],
      ['zh', 'hit_at_3', 'pass'],
    ]);
    expect(describeFloorCheck(checks[0]!)).toBe('overall hit_at_3: 0.940 is below the floor 0.95');
    expect(describeFloorCheck(checks[3]!)).toMatch(/^en hit_at_3: not measured/);
  });

  it('holds a kind within a language to its own floor ("zh.out_of_scope")', () => {
    const zhOutOfScope = { ...NONE, refusal_accuracy: 0.8 };
    const summary = { metrics: OVERALL, byLanguage: { zh: { metrics: ZH, byKind: { out_of_scope: { metrics: zhOutOfScope } } } } };
    const checks = checkFloors(
      summary,
      parseFloors('{"zh.out_of_scope": {"refusal_accuracy": 0.9}, "en.out_of_scope": {"refusal_accuracy": 0.9}}'),
    );
    expect(checks.map((c) => [c.scope, c.status])).toEqual([
      ['en.out_of_scope', 'unmeasured'],
      ['zh.out_of_scope', 'fail'],
    ]);
    expect(() => parseFloors('{"zh.weather": {"mrr": 0.5}}')).toThrow(/unknown scope zh.weather/);
  });

  it('rejects unknown scopes and metrics, flat floors, out-of-range values and bad JSON', () => {
    expect(() => parseFloors('{"overall": {"hit_at_5": 0.9}}')).toThrow(/overall: unknown metric hit_at_5/);
    expect(() => parseFloors('{"fr": {"mrr": 0.5}}')).toThrow(/unknown scope fr; known: overall, en, zh/);
    expect(() => parseFloors('{"hit_at_3": 0.95}')).toThrow(/hit_at_3 must sit under a scope/);
    expect(() => parseFloors('{"zh": {"mrr": 1.5}}')).toThrow(/zh: mrr/);
    expect(() => parseFloors('{"zh": [1]}')).toThrow(/zh: expected an object of metric floors/);
    expect(() => parseFloors('[1]')).toThrow(/floors per scope/);
    expect(() => parseFloors('{')).toThrow(/not JSON/);
  });

  it('suggests floors a margin below each measured figure, leaving out what was not measured', () => {
    const suggested = suggestFloors({ metrics: { ...OVERALL, mrr: 0.01, grounded_rate: 0.931 }, byLanguage: { zh: { metrics: ZH } } });
    expect(suggested).toEqual({
      overall: { hit_at_3: 0.92, mrr: 0, citation_precision: 0.88, refusal_accuracy: 0.98, grounded_rate: 0.91 },
      zh: { hit_at_3: 0.48 },
    });
    expect(parseFloors(JSON.stringify(suggested))).toEqual(suggested);
  });

  it('ships a floor for every metric in every scope, so no metric is left ungated', () => {
    const floors = parseFloors(readFileSync('evals/thresholds.json', 'utf8'));
    expect(Object.keys(floors).slice(0, FLOOR_SCOPES.length)).toEqual([...FLOOR_SCOPES]);
    expect(floors['en.out_of_scope']?.refusal_accuracy).toBeDefined();
    expect(floors['zh.out_of_scope']?.refusal_accuracy).toBeDefined();
    for (const scope of FLOOR_SCOPES) expect(Object.keys(floors[scope]!).sort()).toEqual([...METRIC_KEYS].sort());
  });
});
