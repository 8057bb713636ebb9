import { describe, expect, it } from 'vitest';
import type { MatchCase } from './dataset.js';
import { computeMatchMetrics, judgeMatch, type MatchOutcome } from './match-metrics.js';

function makeProfile(id: string, expected: string[]): MatchCase {
  return { id, kind: 'match', language: 'en', profile: 'a company', expected };
}

function makeOutcome(id: string, ids: string[]): MatchOutcome {
  return { id, matches: ids.map((m) => ({ id: m, need: 'other', quote: 'q' })), latencyMs: 1, pass: false };
}

const ELEVEN = ['M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'M9', 'M10', 'M11'];

describe('computeMatchMetrics', () => {
  it('micro-averages recall@10 over all expected ids, ignoring matches past the tenth', () => {
    const cases = [makeProfile('a', ['M1', 'M11']), makeProfile('b', ['M3', 'M4', 'M40']), makeProfile('c', [])];
    const outcomes = [makeOutcome('a', ELEVEN), makeOutcome('b', ['M4', 'M3']), makeOutcome('c', [])];
    expect(computeMatchMetrics(cases, outcomes).match_recall_at_10).toBeCloseTo(3 / 5);
  });

  it('averages precision over the first min(5, n) matches, profiles expecting something only; none back counts 0', () => {
    const cases = [makeProfile('a', ['M1', 'M11']), makeProfile('b', ['M3']), makeProfile('c', ['M9']), makeProfile('d', [])];
    const outcomes = [makeOutcome('a', ELEVEN), makeOutcome('b', ['M3', 'M4']), makeOutcome('c', []), makeOutcome('d', ['M1'])];
    expect(computeMatchMetrics(cases, outcomes).match_precision_at_5).toBeCloseTo((1 / 5 + 1 / 2 + 0) / 3);
  });

  it('scores empty accuracy over profiles the policy does not serve, and is null where nothing applies', () => {
    const cases = [makeProfile('a', []), makeProfile('b', [])];
    const metrics = computeMatchMetrics(cases, [makeOutcome('a', []), makeOutcome('b', ['M2'])]);
    expect(metrics).toEqual({ match_recall_at_10: null, match_precision_at_5: null, match_empty_accuracy: 0.5 });
    expect(computeMatchMetrics([], [])).toEqual({ match_recall_at_10: null, match_precision_at_5: null, match_empty_accuracy: null });
  });
});

describe('judgeMatch', () => {
  it('passes when every expected id is in the first 10, or nothing is matched for an unserved company', () => {
    const among = { matches: makeOutcome('a', ELEVEN).matches, latencyMs: 1 };
    expect(judgeMatch(makeProfile('a', ['M1', 'M10']), { id: 'a', ...among }).pass).toBe(true);
    expect(judgeMatch(makeProfile('a', ['M1', 'M11']), { id: 'a', ...among }).pass).toBe(false);
    expect(judgeMatch(makeProfile('b', []), { id: 'b', matches: [], latencyMs: 1 }).pass).toBe(true);
    expect(judgeMatch(makeProfile('b', []), { id: 'b', ...among }).pass).toBe(false);
  });
});
