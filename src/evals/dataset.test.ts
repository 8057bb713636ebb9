import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.js';
import { listDatasetFiles, loadDatasets } from './load-datasets.js';

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

  it('defaults refuse to false and language to en, and records the file and line', () => {
    const { cases } = parseDataset('\n{"id": "q1", "question": "x", "expected": [], "kind": "out_of_scope"}\r\n', 'evals/x.jsonl');
    expect(cases[0]).toMatchObject({ refuse: false, language: 'en', origin: { file: 'evals/x.jsonl', line: 2 } });
  });

  it('parses conversations: turns default to expecting nothing, and a mixed conversation is allowed', () => {
    const line = JSON.stringify({
      id: 'conv1',
      kind: 'conversation',
      language: 'mixed',
      turns: [{ message: 'ESG?', expected: ['M19'], mention: ['Commerce'] }, { message: '谢谢' }, { message: 'weather?', refuse: true }],
    });
    const { conversations, problems } = parseDataset(line);
    expect(problems).toEqual([]);
    expect(conversations[0]!.language).toBe('mixed');
    expect(conversations[0]!.turns).toEqual([
      { message: 'ESG?', expected: ['M19'], refuse: false, mention: ['Commerce'] },
      { message: '谢谢', expected: [], refuse: false },
      { message: 'weather?', expected: [], refuse: true },
    ]);
    expect(parseDataset('{"id": "c", "kind": "conversation", "turns": []}').problems[0]!.message).toMatch(/turns/);
    expect(parseDataset('{"id": "c", "kind": "conversation", "language": "fr", "turns": [{"message": "x"}]}').problems).toHaveLength(1);
  });

  it('parses match profiles with industry and needs, and rejects a need the contract does not name', () => {
    const good =
      '{"id": "ma1", "kind": "match", "language": "zh", "profile": "一家AI初创公司", "needs": ["financing", "talent"], "expected": ["M15"]}';
    const bad = '{"id": "ma2", "kind": "match", "profile": "x", "needs": ["money"], "expected": []}';
    const { matches, problems } = parseDataset(`${good}\n${bad}`);
    expect(matches).toEqual([
      {
        id: 'ma1',
        kind: 'match',
        language: 'zh',
        profile: '一家AI初创公司',
        needs: ['financing', 'talent'],
        expected: ['M15'],
        origin: { file: 'dataset', line: 1 },
      },
    ]);
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(/needs/) }]);
    expect(parseDataset('{"id": "ma3", "kind": "match", "question": "x", "expected": []}').problems[0]!.message).toMatch(/profile/);
  });

  it('warns about unknown fields, turns included, naming the line, and still keeps the case', () => {
    const text = [
      '{"id": "q1", "question": "Weather?", "expected": [], "kind": "out_of_scope", "should_refuse": true}',
      '{"id": "c1", "kind": "conversation", "turns": [{"message": "hi", "expect": []}]}',
      '{"id": "fb_1", "question": "x", "expected": ["M10"], "kind": "paraphrase", "note": "should cite M10", "answer": "...", "cited": ["M9"]}',
    ].join('\n');
    const { cases, conversations, warnings } = parseDataset(text);
    expect(cases.map((c) => c.id)).toEqual(['q1', 'fb_1']);
    expect(cases[0]!.refuse).toBe(false);
    expect(conversations).toHaveLength(1);
    expect(warnings).toEqual([
      { line: 1, message: 'unknown field "should_refuse" ignored (did you mean "refuse"?)' },
      { line: 2, message: 'unknown field "turns[0].expect" ignored' },
    ]);
  });
});

describe('the shipped datasets', () => {
  it('are every evals/*.jsonl, parse without a problem or warning, and carry unique ids', () => {
    const files = listDatasetFiles();
    expect(files).toEqual(
      expect.arrayContaining(['evals/dataset.jsonl', 'evals/zh.jsonl', 'evals/conversations.jsonl', 'evals/match.jsonl']),
    );
    const loaded = loadDatasets(files);
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.cases.length).toBeGreaterThanOrEqual(150);
    expect(loaded.conversations.reduce((n, c) => n + c.turns.length, 0)).toBeGreaterThanOrEqual(30);
    expect(loaded.matches.length).toBeGreaterThanOrEqual(30);
  });
});
