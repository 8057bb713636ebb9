import { describe, expect, it } from 'vitest';
import { runRedTeam } from '../scripts/redteam/run-red-team.js';
import { formatTallies } from '../scripts/redteam/tally.js';

// The fast part of `npm run redteam`: every hostile strategy, the honest model, Slack retries and
// replays, the headers and the rate limit (behind a port-adding proxy too), a small disconnect
// storm and a cluster worker killed mid-answer, on fewer questions.
describe('the red team, quick', () => {
  it('contains every hostile strategy, keeps honest answers in LLM mode, and cancels abandoned model calls', async () => {
    const { tallies, questions } = await runRedTeam({ perLanguage: 4, injections: 6, stormClients: 12, workerKillRequests: 16 });
    const { text, allContained } = formatTallies(tallies);
    expect(questions).toBeGreaterThanOrEqual(12);
    expect(allContained, text).toBe(true);
    const honest = tallies.find((t) => t.name.startsWith('honest'))!;
    expect(honest.outcomes!.llm).toBeGreaterThan(0);
    expect(honest.outcomes!.fallback).toBe(0);
  });
});
