import { describe, expect, it } from 'vitest';
import { cacheAnswers } from './cache-answers.js';
import type { Answerer } from './create-answerer.js';
import type { AnswerDraft } from './types.js';

function counting(fail: (message: string) => boolean = () => false) {
  const asked: string[] = [];
  const answer: Answerer = async (question) => {
    asked.push(question.message);
    if (fail(question.message)) throw new Error('no answer');
    return {
      answer: `about ${question.message}`,
      citations: [{ id: 'M10', title: 'Patents', quote: 'loans backed by patents' }],
      notices: [{ kind: 'validity', text: 'in force' }],
      refused: false,
      mode: 'offline',
      language: 'en',
      retrieval: { strategy: 'hybrid', language: 'en', hits: [], missing: [], pinned: 0 },
      query: question.message,
    } as unknown as AnswerDraft;
  };
  return { asked, answer };
}

describe('cacheAnswers', () => {
  it('answers a repeated first question once, and never a question with history from the cache', async () => {
    const { asked, answer } = counting();
    const cached = cacheAnswers(answer, { size: 10, today: () => '2026-01-15' });
    const first = await cached({ message: 'patent loans' });
    expect(await cached({ message: 'patent loans' })).toBe(first);
    const history = [{ role: 'user' as const, content: 'hi' }];
    await cached({ message: 'patent loans', history });
    await cached({ message: 'patent loans', history });
    expect(asked).toEqual(['patent loans', 'patent loans', 'patent loans']);
  });

  it('forgets every answer when the date changes, so validity notices follow the day', async () => {
    const { asked, answer } = counting();
    let today = '2026-01-15';
    const cached = cacheAnswers(answer, { size: 10, today: () => today });
    await cached({ message: 'a' });
    today = '2026-01-16';
    await cached({ message: 'a' });
    await cached({ message: 'a' });
    expect(asked).toEqual(['a', 'a']);
  });

  it('drops the least recently used answer past its size', async () => {
    const { asked, answer } = counting();
    const cached = cacheAnswers(answer, { size: 2, today: () => '2026-01-15' });
    for (const message of ['a', 'b', 'a', 'c', 'a', 'b']) await cached({ message });
    // b left when c came (a had been used since); a stayed.
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps no failed answer, and shares frozen answers that no caller can change', async () => {
    let failing = true;
    const { asked, answer } = counting(() => failing);
    const cached = cacheAnswers(answer, { size: 10, today: () => '2026-01-15' });
    await expect(cached({ message: 'a' })).rejects.toThrow('no answer');
    failing = false;
    const draft = await cached({ message: 'a' });
    expect(asked).toEqual(['a', 'a']);
    expect(() => (draft.citations as unknown[]).push({})).toThrow(TypeError);
    expect(() => Object.assign(draft.citations[0]!, { quote: 'invented' })).toThrow(TypeError);
    expect(() => Object.assign(draft, { answer: 'changed' })).toThrow(TypeError);
  });
});
