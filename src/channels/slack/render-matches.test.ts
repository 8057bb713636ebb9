import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../core/match/match-company.js';
import { renderMatches } from './render-matches.js';

const zh: MatchResult = {
  language: 'zh',
  matches: [
    {
      id: 'M41',
      title: '加强人才引育和服务保障',
      departments: ['区人才局'],
      reason: { quote: '为优秀人才提供更好的服务保障，依法依规在住房、落户和医疗等方面给予必要支持。', need: 'talent' },
      score: 0.98,
    },
    {
      id: 'M15',
      title: '打造“股权投资集聚区”',
      departments: ['区投资办'],
      reason: { quote: '引导股权投资企业加大对科技型、创新型企业的投资力度。', need: 'financing' },
      score: 0.7,
    },
  ],
  notices: [{ kind: 'validity', text: '本措施有效期至2025年12月31日，目前已到期。' }],
};

describe('renderMatches', () => {
  it('shows each measure with its reason, need, department and an "Ask about this" button, in Chinese', () => {
    const { text, blocks } = renderMatches(zh, '我们是一家人工智能初创公司 <需要> 融资');
    const json = JSON.stringify(blocks);
    expect(json).toContain('可能适用于贵公司的措施共2项');
    expect(json).toContain('*措施41* · 加强人才引育和服务保障\\n> 为优秀人才提供更好的服务保障');
    expect(json).toContain('需求：人才；责任部门：区人才局');
    expect(json).toContain('需求：融资；责任部门：区投资办');
    expect(json).toContain('"action_id":"ask_about_match:M41"');
    expect(json).toContain('"text":"问问这一条"');
    expect(json).toContain('&lt;需要&gt;');
    expect(json).toContain(':warning: 本措施有效期至2025年12月31日');
    expect(text).toContain('措施41、措施15');
  });

  it('says so when nothing applies, in English for an English description', () => {
    const { blocks } = renderMatches({ language: 'en', matches: [], notices: [] }, 'We breed racehorses.');
    const json = JSON.stringify(blocks);
    expect(json).toContain('No measure in the policy applies to this description.');
    expect(json).not.toContain('ask_about_match');
  });
});
