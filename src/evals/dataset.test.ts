import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.js';

describe('parseDataset', () => {
  it('keeps good lines, skips blank ones and reports each bad line by its number', () => {
    const text = [
      '{"id": "q1", "question": "What does measure 10 say?", "expected": ["M10"], "kind": "lookup"}',
      '',
      '{"id": "q2", "question": "broken", ',
      '{"id": "q3", "question": "Weather?", "expected": [], "kind": "weather"}',
      '{"id": "q4", "expected": ["M1"], "kind": "lookup"}',
      '{"id": "q5", "question": "Who handles it?", "expected": ["M10"], "kind": "followup", "history": [{"role": "user", "content": "x"}]}',
    ].join('\n');
    const { cases, problems } = parseDataset(text);
    expect(cases.map((c) => c.id)).toEqual(['q1', 'q5']);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(problems[0]!.message).toMatch(/not JSON/);
    expect(problems[1]!.message).toMatch(/kind/);
    expect(problems[2]!.message).toMatch(/question/);
  });

  it('defaults refuse to false', () => {
    const { cases } = parseDataset('{"id": "q1", "question": "x", "expected": [], "kind": "out_of_scope"}\r\n');
    expect(cases[0]!.refuse).toBe(false);
  });

  it('parses the shipped dataset without a problem', () => {
    const { cases, problems } = parseDataset(readFileSync('evals/dataset.jsonl', 'utf8'));
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });
});
