import type { ChatTurn } from './types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { findConcepts } from '../understand/find-concepts.js';
import { answerOffline } from './answer-offline.js';
import { measureCoverage } from './check-coverage.js';

let assistant: NodeAssistant;
beforeAll(async () => {
  ({ assistant } = await buildTestAssistant());
});

const coverage = (message: string, language: 'en' | 'zh', ids: string[]) =>
  measureCoverage(
    assistant.corpus,
    findConcepts(message, language, { places: /(?!)/g, glossary: glossaryMapperOf(assistant.corpus) }),
    ids,
  );
const ask = (message: string, history: ChatTurn[] = []) =>
  answerOffline({ corpus: assistant.corpus, retrieve: assistant.retrieve, today: '2025-06-01' }, { message, history });

describe('measureCoverage', () => {
  it('finds the words of a question in the section, its translation and the glossary', () => {
    expect(coverage('patent mortgage loans', 'en', ['M10']).uncovered).toEqual([]);
    expect(coverage('知识产权质押融资', 'zh', ['M10']).uncovered).toEqual([]);
  });

  it('names the words no chosen section holds', () => {
    expect(coverage('VAT rebate on patent mortgage loans', 'en', ['M10']).uncovered).toEqual(['vat', 'rebate']);
    expect(coverage('社保缴费基数', 'zh', ['M41']).uncovered.length).toBeGreaterThan(0);
  });

  it('reads a word one typo from a section word as that word', () => {
    expect(coverage('intellectual propperty mortgages', 'en', ['M10']).uncovered).toEqual([]);
  });

  it('does not count a phrase fragment the documents lack', () => {
    const { concepts, uncovered } = coverage('我们是一家做养老的', 'zh', ['M13']);
    expect(uncovered).not.toContain('一家');
    expect(concepts).toBeGreaterThan(0);
  });
});

describe('answers to what no document covers', () => {
  it('declines a question of rule or fact whose topic no chosen section holds, naming the nearest sections', async () => {
    for (const message of ['What is the statutory minimum wage for interns?', '营业执照地址变更要交哪些材料？']) {
      const answer = await ask(message);
      expect(answer.refused, message).toBe(true);
      expect(answer.citations).toEqual([]);
    }
  });

  it('still answers a question about what the policy offers, in other words than the text', async () => {
    const answer = await ask('Can a tech company get a loan backed by its patents?');
    expect(answer.refused).toBe(false);
    expect(answer.citations.map((c) => c.id)).toContain('M10');
  });

  it('still answers a question of fact that the chosen section speaks to', async () => {
    const answer = await ask('Which department handles intellectual property mortgage loans?');
    expect(answer.refused).toBe(false);
    expect(answer.citations.map((c) => c.id)).toContain('M10');
  });

  it('checks a follow-up that names its own subject, and leaves one without a subject to its conversation', async () => {
    const housing: ChatTurn[] = [
      { role: 'user', content: 'We are hiring an AI scientist from overseas. Can the district help with his housing?' },
      { role: 'assistant', content: 'Measure 41 (Strengthening talent attraction and services) covers talent housing [M41].' },
    ];
    const school = await ask('And how high are the tuition fees at the international schools for them?', housing);
    expect(school.refused).toBe(true);
    const who = await ask('Who handles that?', housing);
    expect(who.citations.map((c) => c.id)).toEqual(['M41']);
  });
});
