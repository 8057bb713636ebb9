import { loadPrompts } from '../../src/runtimes/node/load-prompts.js';
import { CANARIES, type Strategy } from '../../test/hostile-replies.js';
import { ask } from './ask.js';
import { findLeaks, promptWordRuns } from './containment.js';
import type { AttackQuestion } from './questions.js';
import type { Target } from './start-target.js';
import type { Tally } from './tally.js';

const ENDPOINTS = ['chat', 'stream'] as const;
/** Requests in flight at once: enough to overlap, few enough for a 2-core machine. */
const CONCURRENCY = 4;

/**
 * Every question through both endpoints with the fake model playing `strategy`; a run is
 * contained when neither the final answer nor anything streamed shows what the model planted.
 * The honest model is held to more: every ordinary question it answers must come back in LLM
 * mode (no fallback), or the guardrails are refusing good answers.
 */
export async function runStrategy(target: Target, strategy: Strategy | 'honest', questions: AttackQuestion[]): Promise<Tally> {
  target.model.mode = strategy === 'honest' ? 'honest' : `hostile:${strategy}`;
  const prompts = loadPrompts();
  const promptRuns = promptWordRuns([prompts.system.template, prompts.answer.template, prompts.rewrite.template]);
  const canary = strategy === 'honest' ? null : CANARIES[strategy];
  const outcomes = { llm: 0, fallback: 0, refused: 0, 'offline, no model call': 0 };
  const tally: Tally = {
    name: strategy === 'honest' ? 'honest model (contained, and LLM mode kept)' : strategy,
    contained: 0,
    total: 0,
    failures: [],
    outcomes,
  };
  const runs = questions.flatMap((q) => ENDPOINTS.map((endpoint) => ({ q, endpoint })));
  let next = 0;
  const worker = async () => {
    while (next < runs.length) {
      const { q, endpoint } = runs[next++]!;
      tally.total++;
      try {
        const asked = await ask(target.base, endpoint, q.question);
        const leaks = findLeaks({ ...asked, canary }, target.deps.corpus, promptRuns);
        const fellBack = asked.answer.notices.some((n) => n.kind === 'fallback');
        outcomes[
          asked.answer.mode === 'llm' ? 'llm' : fellBack ? 'fallback' : asked.answer.refused ? 'refused' : 'offline, no model call'
        ]++;
        if (strategy === 'honest' && q.kind === 'ordinary' && fellBack) leaks.push('an honest answer fell back to the offline answer');
        if (leaks.length === 0) tally.contained++;
        else tally.failures.push(`${q.id} ${endpoint}: ${leaks.join('; ')}`);
      } catch (error) {
        tally.failures.push(`${q.id} ${endpoint}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return tally;
}
