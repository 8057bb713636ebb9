import { describe, expect, it } from 'vitest';
import { countHan, tokenizeChinese } from './tokenize-chinese.js';

describe('tokenizeChinese', () => {
  it('gives bigrams that do not cross question words, and keeps Latin words', () => {
    const tokens = tokenizeChinese('我们是一家生物医药初创企业，有什么研发支持？ESG');
    expect(tokens).toContain('生物');
    expect(tokens).toContain('医药');
    expect(tokens).toContain('研发');
    expect(tokens).toContain('esg');
    expect(tokens).not.toContain('么研');
    expect(tokens).not.toContain('有什');
  });

  it('matches a phrase however it is segmented', () => {
    const text = new Set(tokenizeChinese('推广知识产权质押贷款等金融产品'));
    expect(tokenizeChinese('专利质押贷款').filter((t) => text.has(t))).toEqual(expect.arrayContaining(['质押', '贷款']));
  });

  it('counts Chinese characters', () => {
    expect(countHan('M10是什么')).toBe(3);
    expect(countHan('What is M10?')).toBe(0);
  });
});
