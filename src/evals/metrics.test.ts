import { describe, expect, it } from 'vitest';
import type { EvalCase } from './dataset.js';
import { computeMetrics, judgeCase, METRIC_KEYS, type CaseOutcome } from './metrics.js';

function makeCase(partial: Partial<EvalCase> & { id: string }): EvalCase {
  return { question: 'q', expected: [], kind: 'lookup', refuse: false, ...partial };
}

function makeOutcome(partial: Partial<CaseOutcome> & { id: string }): CaseOutcome {
  return {
    retrieved: [],
    cited: [],
    refused: false,
    answer: '',
    sentences: 0,
    groundedSentences: 0,
    latencyMs: 1,
    pass: false,
    ...partial,
  };
}

describe('computeMetrics', () => {
  it('scores hit@1, hit@3 and MRR from the ranking, over cases with expected ids only', () => {
    const cases = [
      makeCase({ id: 'a', expected: ['M1'] }),
      makeCase({ id: 'b', expected: ['M5'] }),
      makeCase({ id: 'c', expected: ['M7', 'M8'] }),
      makeCase({ id: 'd', expected: ['M9'] }),
      makeCase({ id: 'e', expected: [], refuse: true, kind: 'out_of_scope' }),
    ];
    const outcomes = [
      makeOutcome({ id: 'a', retrieved: ['M2', 'M1', 'M3'] }),
      makeOutcome({ id: 'b', retrieved: ['M1', 'M2', 'M3', 'M5'] }),
      makeOutcome({ id: 'c', retrieved: ['M8', 'M7'] }),
      makeOutcome({ id: 'd', retrieved: ['M1'] }),
      makeOutcome({ id: 'e', retrieved: ['M1'], refused: true }),
    ];
    const m = computeMetrics(cases, outcomes);
    expect(m.hit_at_1).toBe(1 / 4);
    expect(m.hit_at_3).toBe(2 / 4);
    expect(m.mrr).toBeCloseTo((1 / 2 + 1 / 4 + 1 + 0) / 4);
  });

  it('averages citation precision over cases that cite something, and recall over all cases with expected ids', () => {
    const cases = [
      makeCase({ id: 'a', expected: ['M1', 'M2'] }),
      makeCase({ id: 'b', expected: ['M3'] }),
      makeCase({ id: 'c', expected: ['M4'] }),
      makeCase({ id: 'd', expected: [] }),
    ];
    const outcomes = [
      makeOutcome({ id: 'a', cited: ['M1', 'M9'] }),
      makeOutcome({ id: 'b', cited: [] }),
      makeOutcome({ id: 'c', cited: ['M4'] }),
      makeOutcome({ id: 'd', cited: ['M5'] }),
    ];
    const m = computeMetrics(cases, outcomes);
    expect(m.citation_precision).toBeCloseTo((1 / 2 + 1) / 2);
    expect(m.citation_recall).toBeCloseTo((1 / 2 + 0 + 1) / 3);
  });

  it('counts refusal accuracy over every case', () => {
    const cases = [
      makeCase({ id: 'a', refuse: true }),
      makeCase({ id: 'b', refuse: false, expected: ['M1'] }),
      makeCase({ id: 'c', refuse: true }),
    ];
    const outcomes = [makeOutcome({ id: 'a', refused: true }), makeOutcome({ id: 'b', refused: true }), makeOutcome({ id: 'c' })];
    expect(computeMetrics(cases, outcomes).refusal_accuracy).toBeCloseTo(1 / 3);
  });

  it('finds mention strings case-insensitively, only in cases that list some', () => {
    const cases = [
      makeCase({ id: 'a', mention: ['Investment Office', 'Talent Bureau'] }),
      makeCase({ id: 'b', mention: ['2025'] }),
      makeCase({ id: 'c' }),
    ];
    const outcomes = [
      makeOutcome({ id: 'a', answer: "The Jing'an District investment office is responsible." }),
      makeOutcome({ id: 'b', answer: 'Valid until 31 December 2025.' }),
      makeOutcome({ id: 'c', answer: 'nothing' }),
    ];
    expect(computeMetrics(cases, outcomes).mention_recall).toBeCloseTo((1 / 2 + 1) / 2);
  });

  it('scores facts as written: every must_contain string and one of each must_contain_any list, in cases that list some', () => {
    const cases = [
      makeCase({ id: 'a', must_contain: ['30%', '200万元'] }),
      makeCase({ id: 'b', must_contain_any: [['2028年12月31日', '31 December 2028']] }),
      makeCase({ id: 'c', must_contain: ['021-5555 0101'] }),
      makeCase({ id: 'd' }),
    ];
    const outcomes = [
      makeOutcome({ id: 'a', answer: '按实际支付算力费用的30%给予补贴，单个企业每年最高不超过200万元。' }),
      makeOutcome({ id: 'b', answer: 'These measures are valid until 31 December 2028.' }),
      makeOutcome({ id: 'c', answer: '电话：021-55550101' }),
      makeOutcome({ id: 'd', answer: 'nothing' }),
    ];
    expect(computeMetrics(cases, outcomes).fact_accuracy).toBeCloseTo(2 / 3);
    expect(judgeCase(cases[2]!, outcomes[2]!).pass).toBe(false);
  });

  it('pools grounded sentences over answers that were not refused', () => {
    const cases = [makeCase({ id: 'a' }), makeCase({ id: 'b' }), makeCase({ id: 'c', refuse: true })];
    const outcomes = [
      makeOutcome({ id: 'a', sentences: 3, groundedSentences: 3 }),
      makeOutcome({ id: 'b', sentences: 1, groundedSentences: 0 }),
      makeOutcome({ id: 'c', refused: true, sentences: 5, groundedSentences: 0 }),
    ];
    expect(computeMetrics(cases, outcomes).grounded_rate).toBe(3 / 4);
  });

  it('gives null for every metric no case applies to', () => {
    const cases = [makeCase({ id: 'a', refuse: true, kind: 'injection' })];
    const m = computeMetrics(cases, [makeOutcome({ id: 'a', refused: true })]);
    expect(Object.keys(m)).toEqual([...METRIC_KEYS]);
    expect(m).toEqual({
      hit_at_1: null,
      hit_at_3: null,
      mrr: null,
      citation_precision: null,
      citation_recall: null,
      refusal_accuracy: 1,
      mention_recall: null,
      grounded_rate: null,
      fact_accuracy: null,
      no_citation_accuracy: null,
      match_recall_at_10: null,
      match_precision_at_5: null,
      match_empty_accuracy: null,
    });
  });

  it('scores no_citation_accuracy over cases expecting neither a citation nor a refusal', () => {
    const cases = [
      makeCase({ id: 'thanks', kind: 'conversation' }),
      makeCase({ id: 'hello', kind: 'conversation' }),
      makeCase({ id: 'hi', kind: 'conversation' }),
      makeCase({ id: 'weather', refuse: true }),
      makeCase({ id: 'm10', expected: ['M10'] }),
    ];
    const outcomes = [
      makeOutcome({ id: 'thanks' }),
      makeOutcome({ id: 'hello', cited: ['M22'] }),
      makeOutcome({ id: 'hi', refused: true }),
      makeOutcome({ id: 'weather', refused: true }),
      makeOutcome({ id: 'm10', cited: ['M10'] }),
    ];
    expect(computeMetrics(cases, outcomes).no_citation_accuracy).toBeCloseTo(1 / 3);
  });

  it('leaves citation precision null when cases with expected ids cite nothing', () => {
    const m = computeMetrics([makeCase({ id: 'a', expected: ['M1'] })], [makeOutcome({ id: 'a' })]);
    expect(m.citation_precision).toBeNull();
    expect(m.citation_recall).toBe(0);
  });
});

describe('judgeCase', () => {
  const base = { retrieved: ['M1'], cited: ['M1'], refused: false, answer: 'Text [M1].', sentences: 1, groundedSentences: 1, latencyMs: 1 };

  it('passes a correct, grounded, cited answer', () => {
    expect(judgeCase(makeCase({ id: 'a', expected: ['M1'] }), { id: 'a', ...base }).pass).toBe(true);
  });

  it('fails a missed citation, a wrong refusal, a missing mention or an ungrounded sentence', () => {
    const c = makeCase({ id: 'a', expected: ['M1'], mention: ['Talent Bureau'] });
    const ok = { id: 'a', ...base, answer: 'Talent Bureau [M1].' };
    expect(judgeCase(c, ok).pass).toBe(true);
    expect(judgeCase(c, { ...ok, cited: ['M2'] }).pass).toBe(false);
    expect(judgeCase(c, { ...ok, refused: true }).pass).toBe(false);
    expect(judgeCase(c, { ...ok, answer: 'Text [M1].' }).pass).toBe(false);
    expect(judgeCase(c, { ...ok, groundedSentences: 0 }).pass).toBe(false);
  });
});
