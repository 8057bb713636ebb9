import { describe, expect, it } from 'vitest';
import { toSimplified } from './to-simplified.js';

describe('toSimplified', () => {
  it('writes traditional characters in simplified ones, and leaves simplified text alone', () => {
    expect(toSimplified('知識產權質押貸款')).toBe('知识产权质押贷款');
    expect(toSimplified('請問時尚消費品、動漫有沒有扶持')).toBe('请问时尚消费品、动漫有没有扶持');
    expect(toSimplified('我們做軟體')).toBe('我们做软体');
    for (const text of ['科技企业能用专利贷款吗', '智慧养老平台的核心技术，文件里有吗', '直播带货基地有扶持么'])
      expect(toSimplified(text)).toBe(text);
    expect(toSimplified('Measure 10, please')).toBe('Measure 10, please');
  });
});
