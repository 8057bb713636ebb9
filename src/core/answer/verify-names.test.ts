import { describe, expect, it } from 'vitest';
import { extractSectionRefs, findUnknownOrganisation } from './verify-names.js';

describe('naming sections', () => {
  it('reads measures and requirements however they are written, and blanks them out', () => {
    const { refs, rest } = extractSectionRefs('Measures 10-12, Overall Requirement 2, M41, 措施15、第二十条');
    expect(refs.map((r) => `${r.kind[0]}${r.number}`).sort()).toEqual(['m10', 'm11', 'm12', 'm15', 'm20', 'm41', 'r2']);
    expect(rest).not.toMatch(/\d|十/);
  });
});

describe('naming organisations', () => {
  const source = "Enhancing technology finance.\nJing'an District Investment Office\n区投资办";
  it.each([
    ['Contact the Jing’an District Investment Office.', null],
    ['The Investment Office handles it.', null],
    ['由静安区投资办负责', null],
    ['Shanghai Investment Office handles it.', 'Shanghai Investment Office'],
    ['Apply to the Shanghai Technology Innovation Fund.', 'Shanghai Technology Innovation Fund'],
    ['上海市投资办负责', '市投资办'],
    ['优化市场布局，支持举办活动', null],
  ])('%s -> %s', (text, expected) => {
    expect(findUnknownOrganisation(text, source, new Set(["jing'an"]))).toBe(expected);
  });
});
