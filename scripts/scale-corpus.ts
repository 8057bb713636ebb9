// `npm run scale`: retrieval cost at 1x, 10x and 100x the real corpus's sections. The larger
// corpora are synthetic (real sentences recombined into documents marked SYNTHETIC), built in
// memory only and never written under corpus/. --help for flags.
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/runtimes/node/run-cli.js';
import { formatScale, type ScaleReport } from './scale/format-scale.js';
import { pickQuestions } from './scale/pick-questions.js';
import { runJob } from './scale/run-job.js';
import { parseScaleFlags, SCALE_USAGE } from './scale/scale-flags.js';
import type { ScaleRun, Variant } from './scale/scale-run.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VARIANTS: Variant[] = ['node', 'workers'];

async function main(): Promise<number> {
  const flags = parseScaleFlags(process.argv.slice(2));
  if (flags.help) {
    process.stdout.write(`${SCALE_USAGE}\n`);
    return 0;
  }
  const questions = pickQuestions(ROOT, flags.questions);
  const runs: ScaleRun[] = [];
  // One child at a time: they would share the two cores and each other's timings otherwise.
  for (const scale of flags.scales) {
    for (const variant of VARIANTS) {
      process.stderr.write(`scale: ${variant} at ${scale}x\n`);
      runs.push(await runJob({ scale, variant, questions, budgetMs: flags.budgetMs }, ROOT));
    }
  }
  const report: ScaleReport = {
    machine: { cpus: availableParallelism(), node: process.versions.node },
    questions: { en: questions.en.length, zh: questions.zh.length },
    budgetMs: flags.budgetMs,
    runs,
  };
  process.stdout.write(`${formatScale(report)}\n`);
  if (flags.json) writeFileSync(flags.json, `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}

runCli('scale', main);
