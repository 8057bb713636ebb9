import { describe, expect, it } from 'vitest';
import { formatPolicyText, isMostlyChinese, joinWrappedLines, normaliseParagraph } from './normalise-text.js';

describe('normaliseParagraph', () => {
  it('trims spaces of every width and collapses the ones inside', () => {
    expect(normaliseParagraph('\u3000\u3000一、总体要求\u00a0 ')).toBe('一、总体要求');
    expect(normaliseParagraph(' We  will\tsupport\u2003enterprises. ')).toBe('We will support enterprises.');
  });

  it('drops spaces between Chinese characters only', () => {
    expect(normaliseParagraph('按实际投入的 30% 给予补贴，最高 不超过200万元')).toBe('按实际投入的 30% 给予补贴，最高不超过200万元');
    expect(normaliseParagraph('[1] 注释，电话021-5555 0101。')).toBe('[1] 注释，电话021-5555 0101。');
  });

  it('removes invisible characters and gives radicals from PDF fonts back as characters', () => {
    expect(normaliseParagraph('\ufeff责任部\u200b⻔：区⾦融办')).toBe('责任部门：区金融办');
    expect(normaliseParagraph('落⼾本区')).toBe('落户本区');
  });
});

describe('joinWrappedLines', () => {
  it('joins Chinese without a space and other text with one', () => {
    expect(joinWrappedLines('对新落户本区的', '企业')).toBe('对新落户本区的企业');
    expect(joinWrappedLines('最高不超过', '200万元')).toBe('最高不超过200万元');
    expect(joinWrappedLines('We will support', 'enterprises')).toBe('We will support enterprises');
    expect(joinWrappedLines('the low-', 'altitude economy')).toBe('the low-altitude economy');
  });
});

describe('formatPolicyText', () => {
  it('writes one paragraph a line, no empty ones, a final newline', () => {
    expect(formatPolicyText(['  标题 ', '', '\u3000', '正文。'])).toBe('标题\n正文。\n');
    expect(formatPolicyText([' ', ''])).toBe('');
  });
});

describe('isMostlyChinese', () => {
  it('counts Han characters against Latin letters', () => {
    expect(isMostlyChinese('本措施自2026年1月1日起施行 (JDDRC)')).toBe(true);
    expect(isMostlyChinese('Measures of Jing’an District (静安区)')).toBe(false);
  });
});
