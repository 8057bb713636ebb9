import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalSetupError } from './answerer.js';
import { listDatasetFiles, loadDatasets } from './load-datasets.js';

const dir = mkdtempSync(join(tmpdir(), 'load-datasets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDatasets', () => {
  it('lists *.jsonl in name order, and fails clearly on an empty or missing directory', () => {
    for (const name of ['b.jsonl', 'a.jsonl', 'notes.md']) writeFileSync(join(dir, name), '');
    expect(listDatasetFiles(dir)).toEqual([join(dir, 'a.jsonl'), join(dir, 'b.jsonl')]);
    mkdirSync(join(dir, 'empty'));
    expect(() => listDatasetFiles(join(dir, 'empty'))).toThrow(/no \*\.jsonl dataset/);
    expect(() => listDatasetFiles(join(dir, 'nope'))).toThrow(EvalSetupError);
  });

  it('merges files, keeps each case with its file, and skips an id already seen', () => {
    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    writeFileSync(first, '{"id": "q1", "question": "x", "expected": [], "kind": "lookup"}\n');
    writeFileSync(
      second,
      [
        '{"id": "q1", "question": "again", "expected": [], "kind": "lookup"}',
        '{"id": "m1", "kind": "match", "profile": "p", "expected": [], "sector": "x"}',
      ].join('\n'),
    );
    const loaded = loadDatasets([first, second]);
    expect(loaded.cases.map((c) => [c.id, c.question, c.origin?.file])).toEqual([['q1', 'x', first]]);
    expect(loaded.matches.map((m) => m.origin)).toEqual([{ file: second, line: 2 }]);
    expect(loaded.problems).toEqual([{ file: second, line: 1, message: `duplicate id q1 (first at ${first} line 1)` }]);
    expect(loaded.warnings).toEqual([{ file: second, line: 2, message: 'unknown field "sector" ignored' }]);
    expect(() => loadDatasets([join(dir, 'missing.jsonl')])).toThrow(/cannot read dataset/);
  });
});
