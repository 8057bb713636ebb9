import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/core/config.js';
import { matchCompany, type MatchRequest, type Need } from '../src/core/match/match-company.js';
import { createAssistant } from '../src/runtimes/node/create-assistant.js';

/**
 * The matcher on a file of match profiles (evals/match.jsonl by default): recall of the expected
 * measures in the first 10, precision in the first 5, and the share of unserved profiles that get
 * nothing; with the stated needs and without them. `--verbose` lists every profile.
 */
interface Profile {
  id: string;
  profile: string;
  industry?: string;
  needs?: Need[];
  expected: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? 'evals/match.jsonl';
const profiles = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Profile);
const config = parseConfig(process.env);
const { corpus, retrieve } = await createAssistant(config);
const context = { corpus, retrieve, today: '2025-06-01' };

for (const withNeeds of [true, false]) {
  let expected = 0;
  let found = 0;
  const precisions: number[] = [];
  const empties: number[] = [];
  for (const p of profiles) {
    const request: MatchRequest = { profile: p.profile, industry: p.industry, needs: withNeeds ? p.needs : undefined };
    const ids = (await matchCompany(context, request)).matches.map((m) => m.id);
    if (p.expected.length === 0) empties.push(ids.length === 0 ? 1 : 0);
    else {
      expected += p.expected.length;
      found += p.expected.filter((id) => ids.slice(0, 10).includes(id)).length;
      const top = ids.slice(0, 5);
      precisions.push(top.length === 0 ? 0 : top.filter((id) => p.expected.includes(id)).length / top.length);
    }
    const missed = p.expected.filter((id) => !ids.slice(0, 10).includes(id));
    if (verbose && (missed.length > 0 || (p.expected.length === 0 && ids.length > 0) || args.includes('--all'))) {
      console.log(`${p.id} expected ${p.expected.join(',') || '-'} missed ${missed.join(',') || '-'} got ${ids.join(',')}`);
    }
  }
  const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
  console.log(
    `${withNeeds ? 'with stated needs   ' : 'profile text only   '} recall@10 ${(found / expected).toFixed(3)}  precision@5 ${mean(precisions).toFixed(3)}  empty ${mean(empties).toFixed(3)} (${profiles.length} profiles)`,
  );
}
