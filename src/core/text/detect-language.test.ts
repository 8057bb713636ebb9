import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['我们是一家生物医药初创企业，有什么研发支持？', 'zh'],
    ['ESG方面有什么支持', 'zh'],
    ['第10条讲什么', 'zh'],
    ['M10是什么？', 'zh'],
    ['What does 数通链谷 mean?', 'en'],
    ['Can a tech company get a loan backed by its patents?', 'en'],
    ['M10', 'en'],
    ['', 'en'],
  ])('%s -> %s', (message, expected) => {
    expect(detectLanguage(message)).toBe(expected);
  });
});
