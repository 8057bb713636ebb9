import { askAndLeave } from './ask.js';
import type { Target } from './start-target.js';
import type { Tally } from './tally.js';

const QUESTIONS = [
  'Can a tech company get a loan backed by its patents?',
  '哪些措施支持生物医药？',
  'What support is there for green finance?',
];

/**
 * Many clients ask in LLM mode and hang up before the answer is done (the model streams one
 * word every 50 ms, about three seconds an answer). Each abandoned request must cancel its
 * model call: a call that still streams to its end is money spent for no one.
 */
export async function runDisconnectStorm(target: Target, clients: number): Promise<Tally> {
  target.model.mode = 'slow-stream';
  const before = { ...target.model.completions };
  const started = countModelCalls(target);
  await Promise.all(
    Array.from({ length: clients }, (_, i) =>
      askAndLeave(target.base, i % 2 ? 'stream' : 'chat', QUESTIONS[i % QUESTIONS.length]!, 150 + (i % 5) * 50),
    ),
  );
  const calls = countModelCalls(target) - started;
  // Every model call ends one way or the other; wait until each has (bounded), then count.
  const settled = () => target.model.completions.finished + target.model.completions.abandoned - before.finished - before.abandoned;
  for (let waited = 0; settled() < calls && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  const finished = target.model.completions.finished - before.finished;
  const tally: Tally = { name: `disconnect storm (${clients} clients leave)`, contained: calls - finished, total: calls, failures: [] };
  if (calls === 0) tally.failures.push('no model call was made');
  if (finished > 0) tally.failures.push(`${finished} of ${calls} model calls ran to completion after their client left`);
  if (settled() < calls) tally.failures.push(`${calls - settled()} model calls still open after 10 s`);
  return tally;
}

function countModelCalls(target: Target): number {
  return target.model.requests.filter((r) => r.path.endsWith('/chat/completions')).length;
}
