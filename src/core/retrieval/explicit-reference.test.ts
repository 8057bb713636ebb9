import { describe, expect, it } from 'vitest';
import { findExplicitReferences } from './explicit-reference.js';

const known = new Set(['PREAMBLE', 'VALIDITY', 'R1', 'R2', 'R3', 'R4', ...Array.from({ length: 41 }, (_, i) => `M${i + 1}`), 'example:M3']);
const find = (q: string) => findExplicitReferences(q, known);

describe('explicit references', () => {
  it.each([
    ['第十条讲什么', ['M10']],
    ['第10条', ['M10']],
    ['措施10是什么', ['M10']],
    ['第十项措施', ['M10']],
    ['措施四十一', ['M41']],
    ['总体要求第二条', ['R2']],
    ['What is the first overall requirement?', ['R1']],
    ['and the third measure?', ['M3']],
    ['总体要求里的第三条说的是啥', ['R3']],
    ['总体要求中第4条', ['R4']],
    ['措施10和措施15有什么区别', ['M10', 'M15']],
    ['第10、15条', ['M10', 'M15']],
    ['措施10至12', ['M10', 'M11', 'M12']],
    ['What does measure 22 say?', ['M22']],
    ['articles 10-12', ['M10', 'M11', 'M12']],
    ['overall requirement 3', ['R3']],
    ['example:M3', ['example:M3']],
  ])('%s -> %j', (question, ids) => {
    expect(find(question)).toEqual({ ids, missing: [] });
  });

  it('reports sections that do not exist by id', () => {
    expect(find('第五十条')).toEqual({ ids: [], missing: ['M50'] });
    expect(find('what does measure 50 say')).toEqual({ ids: [], missing: ['M50'] });
  });

  it('does not read dates, amounts or words with 一 as references', () => {
    for (const q of ['2025年12月31日之后', '第一时间', '总体要求一共几条', 'requirements 2025']) expect(find(q).ids).toEqual([]);
  });
});
