import { describe, expect, it } from 'vitest';
import { createGlossaryMapper } from './map-glossary.js';

const map = createGlossaryMapper([
  { zh: '知识', en: 'knowledge' },
  { zh: '知识产权', en: 'intellectual property' },
  { zh: '知识产权质押', en: 'intellectual property mortgage loans' },
  { zh: '养老', en: 'elderly care' },
  { zh: 'ESG', en: 'ESG environmental social governance' },
]);

describe('glossary mapping', () => {
  it('takes the longest term at each position, so broad words never drown the specific one', () => {
    expect(map('知识产权质押能贷多少')).toEqual({ english: 'intellectual property mortgage loans', terms: ['知识产权质押'] });
  });

  it('maps every term it finds, Latin ones case-insensitively', () => {
    expect(map('养老企业的esg').english).toBe('elderly care ESG environmental social governance');
  });

  it('maps nothing when no term is known', () => {
    expect(map('明天天气')).toEqual({ english: '', terms: [] });
  });
});
