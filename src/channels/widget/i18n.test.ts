import { describe, expect, it } from 'vitest';
import { labelFor, languageOf, needLabel, strings } from './i18n.js';

describe('labelFor', () => {
  it('labels ids in the language of the answer, never showing a document prefix', () => {
    expect(labelFor('M10', 'en')).toBe('Measure 10');
    expect(labelFor('M10', 'zh')).toBe('措施10');
    expect(labelFor('R2', 'zh')).toBe('总体要求2');
    expect(labelFor('doc-2:m7', 'en')).toBe('Measure 7');
    expect(labelFor('PREAMBLE', 'zh')).toBe('前言');
    expect(labelFor('VALIDITY', 'en')).toBe('Effective period');
  });
});

describe('languageOf', () => {
  it('reads mostly-Chinese text as Chinese, markers and department names aside', () => {
    expect(languageOf('相关内容见措施30（加大研发支持力度）[M30]。')).toBe('zh');
    expect(languageOf('Measure 30 supports R&D [M30].')).toBe('en');
    expect(languageOf('科技金融由区投资办（Investment Office）负责[M10]。')).toBe('zh');
  });
});

describe('needLabel', () => {
  it('names the known needs and shows an unknown one as it came', () => {
    expect(needLabel(strings('en'), 'rnd')).toBe('R&D');
    expect(needLabel(strings('zh'), 'financing')).toBe('融资');
    expect(needLabel(strings('zh'), 'other')).toBe('其他');
    expect(needLabel(strings('en'), 'export')).toBe('export');
  });
});
