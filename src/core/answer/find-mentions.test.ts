import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';
import { answerOffline } from './answer-offline.js';
import { findMentionTerm, sectionsMentioning } from './find-mentions.js';

describe('findMentionTerm', () => {
  it.each([
    ['Where does the policy mention ESG?', 'en', 'ESG'],
    ['Which measures refer to live streaming?', 'en', 'live streaming'],
    ['In which sections is blockchain mentioned?', 'en', 'blockchain'],
    ['哪些条款提到了人工智能？', 'zh', '人工智能'],
    ['首店在哪些措施里出现', 'zh', '首店'],
    ['ESG shows up in which measures', 'en', 'ESG'],
    ['"Nanjing West Road - Suhe Bay" - which measure is that in', 'en', 'Nanjing West Road - Suhe Bay'],
  ] as const)('%s -> %s', (question, language, term) => {
    expect(findMentionTerm(question, language)).toBe(term);
  });

  it.each([
    ['Can a tech company get a loan backed by its patents?', 'en'],
    ['Does the policy mention anything we could use to lower our rent for the new office and hire staff?', 'en'],
    ['Where is it mentioned?', 'en'],
    ['which measures mention small and medium sized enterprises', 'en'],
    ['生物医药企业有哪些支持政策？', 'zh'],
  ] as const)('finds no term to look up in: %s', (question, language) => {
    expect(findMentionTerm(question, language)).toBeNull();
  });
});

describe('a question that asks where a word appears', () => {
  let assistant: NodeAssistant;
  beforeAll(async () => {
    ({ assistant } = await buildTestAssistant());
  });

  it('cites every section that holds the word, hyphens and plurals aside, and only those', async () => {
    const holding = sectionsMentioning(assistant.corpus, 'integrated circuits');
    expect([...holding].sort()).toEqual(['M28', 'R1']);
    const answer = await answerOffline(
      { corpus: assistant.corpus, retrieve: assistant.retrieve, today: '2026-01-15' },
      { message: 'Which parts of the policy refer to integrated circuits?' },
    );
    expect(answer.citations.map((c) => c.id).sort()).toEqual(['M28', 'R1']);
  });
});
