// npm run redteam: a hostile OpenAI-compatible model on loopback against the real server, in
// English and Chinese, through /api/chat and /api/chat/stream; Slack retries and replays; the
// browser-facing headers and the rate limit (also behind a port-adding proxy); a disconnect
// storm; a cluster worker killed mid-answer. Prints contained/total per
// strategy and exits 1 below 100%. `--quick` runs the subset that `npm test` runs.
import { runRedTeam } from './redteam/run-red-team.js';
import { formatTallies } from './redteam/tally.js';

const quick = process.argv.includes('--quick');
const started = performance.now();
const { tallies, questions } = await runRedTeam({
  perLanguage: quick ? 4 : 25,
  injections: quick ? 6 : undefined,
  stormClients: quick ? 12 : 48,
  workerKillRequests: quick ? 16 : 40,
  onTally: (t) => process.stderr.write(`  ${t.name}: ${t.contained}/${t.total}\n`),
});
const { text, allContained } = formatTallies(tallies);
console.log(
  `Red team: ${questions} questions (English and Chinese, injections and ordinary), ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
console.log(text);
console.log(allContained ? '\nEverything contained.' : '\nNOT everything was contained: see the lines above.');
process.exit(allContained ? 0 : 1);
