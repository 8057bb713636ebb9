import { describe, expect, it } from 'vitest';
import { examplesIn, suggestFollowups } from './followups.js';
import type { Answer, Citation } from './types.js';

const citation = (id: string, title: string, departments: string[]): Citation =>
  ({ id, title, section: 'II', departments, quote: 'q', score: 1 }) as Citation;

const answer = (over: Partial<Answer>): Answer =>
  ({
    answer: 'Technology firms can use patents [M10].',
    citations: [citation('M10', 'Enhancing technology finance', ["Jing'an District Investment Office"])],
    refused: false,
    notices: [],
    conversationId: 'c_1',
    messageId: 'm_1',
    mode: 'offline',
    language: 'en',
    ...over,
  }) as Answer;

describe('suggestFollowups', () => {
  it('asks who is responsible when the answer does not name the department, then what to prepare and whether it applies', () => {
    expect(suggestFollowups(answer({}))).toEqual([
      'Who is responsible for Measure 10, and how do I contact them?',
      'What do we need to prepare to apply for Measure 10?',
      'Does Measure 10 apply to our company?',
    ]);
  });

  it('skips who is responsible when the answer already names the department, and offers related measures for a single citation', () => {
    const named = answer({ answer: "The Jing'an District Investment Office handles it [M10]." });
    expect(suggestFollowups(named)).toEqual([
      'What do we need to prepare to apply for Measure 10?',
      'Does Measure 10 apply to our company?',
      'Which other measures relate to Enhancing technology finance?',
    ]);
  });

  it('writes Chinese follow-ups for a Chinese answer, about its first measure rather than a requirement', () => {
    const zh = answer({
      answer: '区科经委负责[R1][M30]。',
      language: 'zh',
      citations: [citation('R1', '总体要求', []), citation('M30', '加大研发支持力度', ['区科经委'])],
    });
    expect(suggestFollowups(zh)).toEqual(['申请措施30需要准备哪些材料？', '我们企业适用措施30吗？']);
  });

  it('offers none on a refusal, a hand-off offer or an answer without citations', () => {
    expect(suggestFollowups(answer({ refused: true, citations: [] }))).toEqual([]);
    expect(suggestFollowups(answer({ handoff: 'offer', citations: [] }))).toEqual([]);
    expect(suggestFollowups(answer({ citations: [] }))).toEqual([]);
  });
});

describe('examplesIn', () => {
  it('finds the policy examples a refusal quotes, in the order it quotes them', () => {
    const text = '您可以问，例如：哪些措施支持生物医药？科技企业能用专利做抵押贷款吗？';
    expect(examplesIn(text, ['科技企业能用专利做抵押贷款吗？', '哪些措施支持生物医药？', '人才有哪些支持？'])).toEqual([
      '哪些措施支持生物医药？',
      '科技企业能用专利做抵押贷款吗？',
    ]);
    expect(examplesIn('Nothing covers this.', ['Which measures support biomedicine?'])).toEqual([]);
  });
});
