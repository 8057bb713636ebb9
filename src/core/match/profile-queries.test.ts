import { describe, expect, it } from 'vitest';
import { createGlossaryMapper } from '../retrieval/map-glossary.js';
import { buildProfileQueries, splitClauses } from './profile-queries.js';

const mapGlossary = createGlossaryMapper([
  { zh: '孵化器', en: 'incubators' },
  { zh: '融资', en: 'financing' },
]);

describe('splitClauses', () => {
  it('splits sentences and clauses, joining the short ones to the next', () => {
    expect(splitClauses('私募股权基金管理人，主要投早期硬科技。另外考虑在静安自己办一个孵化器。')).toEqual([
      '私募股权基金管理人，',
      '主要投早期硬科技。',
      '另外考虑在静安自己办一个孵化器。',
    ]);
    expect(splitClauses('We bake. We sell cakes to hotels, cafes and offices across Shanghai, and we want to grow.')).toEqual([
      'We bake. We sell cakes to hotels,',
      'cafes and offices across Shanghai, and we want to grow.',
    ]);
  });
});

describe('buildProfileQueries', () => {
  it("searches the whole profile, its industry, its topic, and each need with the policy's words", () => {
    const queries = buildProfileQueries(
      { text: 'Chip design start-up that needs funding.', industry: 'integrated circuits' },
      ['financing', 'other'],
      'en',
      mapGlossary,
    );
    expect(queries).toEqual([
      { kind: 'profile', need: null, text: 'integrated circuits Chip design start-up that needs funding.' },
      { kind: 'clause', need: null, text: 'integrated circuits' },
      { kind: 'clause', need: null, text: 'integrated circuits chip design' },
      {
        kind: 'need',
        need: 'financing',
        text: 'integrated circuits chip design financing loans financial institutions equity investment funds',
      },
    ]);
  });

  it("takes a Chinese profile's topic from its glossary terms, without the words that only state needs", () => {
    const queries = buildProfileQueries({ text: '我们运营孵化器，需要融资' }, ['financing'], 'zh', mapGlossary);
    expect(queries.find((q) => q.kind === 'need')).toEqual({
      kind: 'need',
      need: 'financing',
      text: '孵化器 融资 贷款 金融机构 股权投资 基金',
    });
  });
});
