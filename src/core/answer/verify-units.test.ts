import { describe, expect, it } from 'vitest';
import { takeUnits } from './verify-units.js';

const split = (text: string) => takeUnits(text, true).units.map((u) => u.text);

describe('splitting a model answer into units', () => {
  it('ends Latin sentences at a stop and its markers, before a new sentence', () => {
    expect(split('Loans are boosted [M10]. Green bonds too. [M11] Done.')).toEqual([
      'Loans are boosted [M10].',
      'Green bonds too. [M11]',
      'Done.',
    ]);
  });

  it('keeps numbers, abbreviations and lower-case continuations inside a sentence', () => {
    expect(split('Document No.18 sets 5.5 rules, e.g. the loans [M10]. Next.')).toEqual([
      'Document No.18 sets 5.5 rules, e.g. the loans [M10].',
      'Next.',
    ]);
  });

  it('ends Chinese sentences without a space, markers before or after the stop', () => {
    expect(split('推广知识产权质押贷款[M10]。支持绿色金融。[M11]完毕')).toEqual([
      '推广知识产权质押贷款[M10]。',
      '支持绿色金融。[M11]',
      '完毕',
    ]);
  });

  it('ends every line, keeping the whitespace before each unit', () => {
    const { units } = takeUnits('Here:\n\n- one [M1]\n- two', true);
    expect(units).toEqual([
      { text: 'Here:', before: '' },
      { text: '- one [M1]', before: '\n\n' },
      { text: '- two', before: '\n' },
    ]);
  });

  it('waits for what follows a stop before deciding, so a stream splits exactly like the whole text', () => {
    expect(takeUnits('Loans are boosted. ', false).units).toEqual([]);
    expect(takeUnits('Loans are boosted. [M1', false).units).toEqual([]);
    expect(takeUnits('Loans are boosted. [M10] Then', false).units.map((u) => u.text)).toEqual(['Loans are boosted. [M10]']);
    const text = 'Loans are boosted [M10]. 推广贷款[M10]。Green bonds. [M11]\nA list:\n- item [M12]. Last one';
    for (let size = 1; size <= 7; size++) {
      const units: string[] = [];
      let rest = '';
      for (let i = 0; i < text.length; i += size) {
        const taken = takeUnits(rest + text.slice(i, i + size), false);
        units.push(...taken.units.map((u) => u.text));
        rest = taken.rest;
      }
      units.push(...takeUnits(rest, true).units.map((u) => u.text));
      expect(units).toEqual(split(text));
    }
  });
});
