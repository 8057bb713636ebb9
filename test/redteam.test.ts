import { describe, expect, it } from 'vitest';
import { runRedTeam } from '../scripts/redteam/run-red-team.js';
import { formatTallies } from '../scripts/redteam/tally.js';

// The fast part of `npm run redteam`: every hostile strategy, the honest model, Slack retries and
// replays, the headers and the rate limit, and a small disconnect storm, on fewer questions.
describe('the red team, quick', () => {
  it('contains every hostile strategy, keeps honest answers in LLM mode, and cancels abandoned model calls', async () => {
    const { tallies, questions } = await runRedTeam({ perLanguage: 4, injections: 6, stormClients: 12 });
    const { text, allContained } = formatTallies(tallies);
    expect(questions).toBeGreaterThanOrEqual(12);
    expect(allContained, text).toBe(true);
    const honest = tallies.find((t) => t.name.startsWith('honest'))!;
    expect(honest.outcomes!.llm).toBeGreaterThan(0);
    expect(honest.outcomes!.fallback).toBe(0);
  });
});
