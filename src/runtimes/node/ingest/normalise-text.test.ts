import { describe, expect, it } from 'vitest';
import { formatPolicyText, isMostlyChinese, joinWrappedLines, normaliseParagraph } from './normalise-text.js';

describe('normaliseParagraph', () => {
  it('trims spaces of every width and collapses the ones inside', () => {
    expect(normaliseParagraph('\u3000\u3000一、基本原则\u00a0 ')).toBe('一、基本原则');
    expect(normaliseParagraph(' The  city\twill\u2003help. ')).toBe('The city will help.');
  });

  it('drops spaces between Chinese characters, and between one and a digit or curly quote, as a PDF must', () => {
    expect(normaliseParagraph('按合同金额的 20% 给予资助，单个项目 上限为80万元')).toBe('按合同金额的20% 给予资助，单个项目上限为80万元');
    expect(normaliseParagraph('服务热线 021-5836 9000，“ 平台 ”')).toBe('服务热线021-5836 9000，“平台”');
    expect(normaliseParagraph('Hotline 021-5836 9000')).toBe('Hotline 021-5836 9000');
    expect(normaliseParagraph('[2] 说明，电话010-1234 5678。')).toBe('[2] 说明，电话010-1234 5678。');
  });

  it('removes invisible characters and gives radicals from PDF fonts back as characters', () => {
    expect(normaliseParagraph('\ufeff牵头部\u200b⻔：市⾦融局')).toBe('牵头部门：市金融局');
    expect(normaliseParagraph('⼾籍地')).toBe('户籍地');
  });

  it('reads the horizontal bar PDF fonts give for a Chinese dash as the em dash', () => {
    expect(normaliseParagraph('上午9:00\u201511:30')).toBe('上午9:00\u201411:30');
  });
});

describe('joinWrappedLines', () => {
  it('joins Chinese without a space and other text with one', () => {
    expect(joinWrappedLines('对首次入驻园区的', '机构')).toBe('对首次入驻园区的机构');
    expect(joinWrappedLines('奖励上限为', '50万元')).toBe('奖励上限为50万元');
    expect(joinWrappedLines('The city will', 'help')).toBe('The city will help');
    expect(joinWrappedLines('a well-', 'known harbour')).toBe('a well-known harbour');
  });

  it('joins a phone number broken after its hyphen, and a line opening with a radical glyph PDF fonts give for a character', () => {
    expect(joinWrappedLines('电话：021-', '6233 5108')).toBe('电话：021-6233 5108');
    expect(joinWrappedLines('参会人员达到100', '⼈以上')).toBe('参会人员达到100⼈以上');
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
    expect(isMostlyChinese('本办法自发布之日起实施 (ABC)')).toBe(true);
    expect(isMostlyChinese('Measures of Jing’an District (静安区)')).toBe(false);
  });
});
