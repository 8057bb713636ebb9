import { describe, expect, it } from 'vitest';
import { CASES, CONVERSATION, runFakeEval, SECTIONS } from '../../test/eval-fixtures.js';
import type { EvalCase } from './dataset.js';
import { runEval } from './run-eval-cases.js';

describe('runEval', () => {
  it('scores every case, grounds answers against the sections and records answerer errors', async () => {
    const run = await runFakeEval();
    expect(run.outcomes.map((o) => [o.id, o.pass])).toEqual([
      ['q1', true],
      ['q2', false],
      ['q3', false],
      ['c1#1', true],
      ['c1#2', false],
    ]);
    expect(run.outcomes[0]).toMatchObject({ sentences: 1, groundedSentences: 1 });
    expect(run.errors).toEqual([{ id: 'q3', message: 'server said no' }]);
    expect(run.metrics.refusal_accuracy).toBeCloseTo(4 / 5);
    expect(run.metrics.hit_at_1).toBe(2 / 3);
    expect(run.metrics.no_citation_accuracy).toBe(0);
    expect(run.metrics.match_recall_at_10).toBe(1);
    expect(run.metrics.match_empty_accuracy).toBe(1);
    expect(run.matchOutcomes.map((o) => o.pass)).toEqual([true, true]);
    expect(run.modes).toEqual(['offline']);
    expect(Object.keys(run.byKind)).toEqual(['paraphrase', 'out_of_scope', 'followup', 'conversation', 'match']);
    expect(run.outcomes.every((o) => Number.isFinite(o.latencyMs))).toBe(true);
  });

  it('groups by language: a case without one is English, conversation turns take their own', async () => {
    const run = await runFakeEval();
    expect(Object.keys(run.byLanguage)).toEqual(['en', 'zh']);
    expect(run.byLanguage.en!.count).toBe(4);
    expect(Object.keys(run.byLanguage.zh!.byKind)).toEqual(['conversation', 'match']);
    expect(run.byLanguage.zh!.metrics.no_citation_accuracy).toBe(0);
    expect(run.byLanguage.zh!.metrics.match_empty_accuracy).toBe(1);
    expect(run.byLanguage.en!.metrics.match_empty_accuracy).toBeNull();
  });

  it('asks the turns of a conversation in order, with the answers so far and the conversation the first opened', async () => {
    const seen: { id: string; history: EvalCase['history']; conversationId?: string }[] = [];
    const mixed = {
      ...CONVERSATION,
      language: 'mixed' as const,
      turns: [...CONVERSATION.turns, { message: 'Thanks a lot', expected: [], refuse: false }],
    };
    const run = await runEval({
      cases: [],
      conversations: [mixed],
      sections: SECTIONS,
      answer: async (c, turn) => {
        seen.push({ id: c.id, history: c.history, conversationId: turn?.conversationId });
        return { retrieved: [], cited: [], refused: false, answer: `answer ${seen.length}`, conversationId: `c_${seen.length}` };
      },
    });
    expect(seen).toEqual([
      { id: 'c1#1', history: [], conversationId: undefined },
      {
        id: 'c1#2',
        history: [
          { role: 'user', content: '科技企业能用专利质押贷款吗？' },
          { role: 'assistant', content: 'answer 1' },
        ],
        conversationId: 'c_1',
      },
      { id: 'c1#3', history: expect.arrayContaining([{ role: 'assistant', content: 'answer 2' }]), conversationId: 'c_1' },
    ]);
    expect(run.cases.map((c) => [c.language, c.conversation, c.origin?.line])).toEqual([
      ['zh', { id: 'c1', turn: 1 }, 1],
      ['zh', { id: 'c1', turn: 2 }, 1],
      ['en', { id: 'c1', turn: 3 }, 1],
    ]);
  });

  it('reports progress after each item, and skips profiles when there is no matcher', async () => {
    const seen: string[] = [];
    const run = await runEval({
      cases: CASES,
      conversations: [CONVERSATION],
      matches: [{ id: 'p', kind: 'match', language: 'en', profile: 'x', expected: [] }],
      sections: SECTIONS,
      answer: async () => ({ retrieved: [], cited: [], refused: true, answer: 'No.' }),
      onCaseDone: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(run.matchCases).toEqual([]);
    expect(run.metrics.match_empty_accuracy).toBeNull();
  });
});
