import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';
import { answerOffline } from './answer-offline.js';
import { checkGrounding } from './check-grounding.js';
import { splitCompound, splitEnumeration } from './compound-question.js';

describe('splitCompound', () => {
  it('splits at links between clauses, in both languages', () => {
    expect(splitCompound('We plan a postdoctoral workstation, and we also need apartments for the scientists we hire', 'en')).toEqual([
      'We plan a postdoctoral workstation',
      'need apartments for the scientists we hire',
    ]);
    expect(splitCompound('我们做网络游戏开发，还想在静安建一个电竞园区', 'zh')).toEqual(['我们做网络游戏开发', '想在静安建一个电竞园区']);
    expect(splitCompound('我们做跨境电商，也做电竞赛事', 'zh')).toEqual(['我们做跨境电商', '做电竞赛事']);
    expect(splitCompound('AI start-up wants a patent-backed loan + a desk in an incubator', 'en')).toEqual([
      'AI start-up wants a patent-backed loan',
      'a desk in an incubator',
    ]);
  });

  it('splits numbered items, in both languages', () => {
    expect(splitCompound('two things: 1) cultural product development 2) an immersive experience space', 'en')).toEqual([
      'cultural product development',
      'an immersive experience space',
    ]);
    expect(splitCompound('想问两件事：1）关键零部件技术攻关 2）科技成果转化', 'zh')).toEqual([
      '想问两件事',
      '关键零部件技术攻关',
      '科技成果转化',
    ]);
    expect(splitEnumeration('我们有两个需求，一是人才公寓，二是知识产权保护', 'zh')).toEqual(['人才公寓', '知识产权保护']);
    expect(splitEnumeration('We had 1.5 million in revenue and 2 offices', 'en')).toEqual([]);
    expect(splitEnumeration('Our plans: (a) an S fund buying secondary stakes and (b) patent-backed loans', 'en')).toEqual([
      'an S fund buying secondary stakes and',
      'patent-backed loans',
    ]);
  });

  it('leaves one need alone: nouns joined by "and" or 和, a second sentence, a short clause', () => {
    expect(splitCompound('Is the district lowering what we pay for labor, energy, logistics and financing?', 'en')).toEqual([]);
    expect(splitCompound('What interest discount do small and micro enterprises get? We are small.', 'en')).toEqual([]);
    expect(splitCompound('文化和旅游消费有什么支持？我们是景区', 'zh')).toEqual([]);
    expect(splitCompound('Patent loans, and more?', 'en')).toEqual([]);
    expect(splitCompound('我们是小微企业，也能申请吗', 'zh')).toEqual([]);
  });
});

describe('a question with two needs', () => {
  let assistant: NodeAssistant;
  beforeAll(async () => {
    ({ assistant } = await buildTestAssistant());
  });
  const ask = (message: string) =>
    answerOffline({ corpus: assistant.corpus, retrieve: assistant.retrieve, today: '2026-01-15' }, { message });

  it('is answered on both, each sentence grounded', async () => {
    for (const [question, expected] of [
      ['We plan a postdoctoral workstation, and we also need apartments for the scientists we hire.', ['M35', 'M41']],
      ['我们想申请专精特新认定，另外研发费用加计扣除有没有支持？', ['M34', 'M35']],
      // The first item's section is not in the whole message's top three, below the second item's neighbours.
      ['Questions: 1) quantum information start-ups 2) talent apartments for the researchers', ['M40', 'M41']],
      // A short part ("a metaverse studio") shares fewer rare words than a whole question would.
      ['We are a metaverse studio that also builds blockchain infrastructure. Which measures apply?', ['M29', 'M40']],
    ] as const) {
      const answer = await ask(question);
      expect(answer.citations.map((c) => c.id)).toEqual(expect.arrayContaining([...expected]));
      expect(checkGrounding(answer.answer, assistant.corpus.sectionById).every((s) => s.grounded)).toBe(true);
    }
  });
});
