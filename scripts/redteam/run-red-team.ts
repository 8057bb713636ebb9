import { STRATEGIES } from '../../test/hostile-replies.js';
import { runDisconnectStorm } from './disconnect-storm.js';
import { runHeaderChecks } from './header-checks.js';
import { loadAttackQuestions } from './questions.js';
import { runStrategy } from './run-strategies.js';
import { runSlackCases } from './slack-cases.js';
import { startTarget } from './start-target.js';
import { runWorkerKill } from './worker-kill.js';
import type { Tally } from './tally.js';

export interface RedTeamOptions {
  /** Ordinary questions per language; the eval sets' injections and the crafted attacks come on top. */
  perLanguage: number;
  /** How many injection questions to take (all when unset). */
  injections?: number;
  stormClients: number;
  /** Requests in flight when a cluster worker is killed. */
  workerKillRequests: number;
  onTally?: (tally: Tally) => void;
}

/** The whole suite against a real server on loopback: hostile and honest models, Slack, headers, a disconnect storm, a worker killed. */
export async function runRedTeam(options: RedTeamOptions): Promise<{ tallies: Tally[]; questions: number }> {
  const target = await startTarget();
  const tallies: Tally[] = [];
  const record = (tally: Tally) => {
    tallies.push(tally);
    options.onTally?.(tally);
  };
  try {
    const questions = loadAttackQuestions({ perLanguage: options.perLanguage, injections: options.injections });
    for (const strategy of STRATEGIES) record(await runStrategy(target, strategy, questions));
    record(await runStrategy(target, 'honest', questions));
    record(await runSlackCases(target));
    record(await runHeaderChecks(target));
    record(await runDisconnectStorm(target, options.stormClients));
    record(await runWorkerKill(options.workerKillRequests));
    return { tallies, questions: questions.length };
  } finally {
    await target.close();
  }
}
