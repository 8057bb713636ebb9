import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConfig, resolveToday } from '../core/config.js';
import { createLocalEmbedder } from '../core/embedding/local-embedder.js';
import { loadCorpus, loadWordVectors } from '../runtimes/node/load-corpus.js';
import { EvalSetupError } from './answerer.js';
import { createBaselineAnswerer } from './baseline.js';
import { parseDataset } from './dataset.js';
import { buildComparisonRows, buildRunRows, formatTable } from './format-table.js';
import { checkServer, createHttpAnswerer, normalizeBaseUrl } from './http-answerer.js';
import { createLocalAnswerer } from './local-answerer.js';
import { parseEvalArgs, USAGE, type EvalArgs } from './parse-eval-args.js';
import { createProgress } from './progress.js';
import { runEval, type EvalRun } from './run-eval-cases.js';
import { checkFloors, describeFloorCheck, loadFloors } from './thresholds.js';
import { writeReports } from './write-reports.js';

export interface EvalIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** The CLI: returns the exit code (0 ok, 1 quality or input problems, 2 cannot run). */
export async function main(argv: string[], env = process.env, io: EvalIo = process): Promise<number> {
  try {
    const args = parseEvalArgs(argv);
    if (args.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await evaluate(args, env, io);
  } catch (error) {
    // Anything thrown here stopped the run before it produced results (setup, index, database).
    io.stderr.write(`eval: ${error instanceof EvalSetupError ? '' : 'could not run: '}${(error as Error).message}\n`);
    return 2;
  }
}

async function evaluate(args: EvalArgs, env: NodeJS.ProcessEnv, io: EvalIo): Promise<number> {
  const { cases, problems } = parseDataset(readText(args.dataset, 'dataset'));
  for (const p of problems) io.stderr.write(`eval: ${args.dataset} line ${p.line} skipped: ${p.message}\n`);
  if (cases.length === 0) throw new EvalSetupError(`${args.dataset} has no valid case`);
  const floors = args.gate ? loadFloors(args.thresholds) : null;
  const config = parseConfigOrExplain(env);
  const target = args.url ? await connectServer(args.url) : await createLocalAnswerer(config);

  const system = await runWithProgress('system', io, (onCaseDone) =>
    runEval({ cases, answer: target.answer, sections: target.sections, onCaseDone }),
  );
  let baseline: EvalRun | null = null;
  if (args.baseline) {
    const corpus = loadCorpus();
    const answer = await createBaselineAnswerer(corpus.raw, corpus.corpus.sections, createLocalEmbedder(loadWordVectors()));
    baseline = await runWithProgress('baseline', io, (onCaseDone) =>
      runEval({ cases, answer, sections: corpus.corpus.sections, onCaseDone }),
    );
  }

  const title = args.url ? `system at ${normalizeBaseUrl(args.url)}` : `system (local core, ${config.openai ? 'llm mode' : 'offline mode'})`;
  io.stdout.write(`\n${title}, ${cases.length} cases\n${formatTable(buildRunRows(system))}\n`);
  if (baseline) {
    io.stdout.write(`\nbaseline (naive RAG), ${cases.length} cases\n${formatTable(buildRunRows(baseline))}\n`);
    io.stdout.write(`\nsystem vs baseline, overall\n${formatTable(buildComparisonRows(system, baseline))}\n`);
  }
  const gate = floors ? checkFloors(system.metrics, floors) : null;
  const about = {
    dataset: args.dataset,
    target: args.url ? normalizeBaseUrl(args.url) : `local core (${config.openai ? `llm: ${config.openai.model}` : 'offline'})`,
    today: args.url ? 'as the server sees it' : resolveToday(config),
    cases: String(cases.length),
    generated: new Date().toISOString(),
  };
  for (const file of writeReports({ system, baseline, about, gate }, args)) io.stdout.write(`wrote ${file}\n`);

  if (problems.length > 0) io.stderr.write(`eval: ${problems.length} dataset line(s) skipped, see above\n`);
  for (const e of system.errors) io.stderr.write(`eval: case ${e.id} failed: ${e.message}\n`);
  const below = (gate ?? []).filter((c) => c.status === 'fail');
  for (const check of (gate ?? []).filter((c) => c.status !== 'pass')) io.stderr.write(`eval: ${describeFloorCheck(check)}\n`);
  if (gate) {
    const verdict = below.length === 0 ? 'passed' : `FAILED: ${below.map((c) => c.metric).join(', ')}`;
    io.stdout.write(`\ngate (${args.thresholds}): ${verdict}\n`);
  }
  const failed = problems.length > 0 || system.errors.length > 0 || below.length > 0;
  return failed ? 1 : 0;
}

async function connectServer(url: string) {
  await checkServer(url);
  return { answer: createHttpAnswerer(url), sections: loadCorpus().corpus.sections };
}

async function runWithProgress(label: string, io: EvalIo, run: (onCaseDone: (done: number, total: number) => void) => Promise<EvalRun>) {
  const progress = createProgress(label, io.stderr);
  try {
    return await run((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalSetupError(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

function parseConfigOrExplain(env: NodeJS.ProcessEnv) {
  try {
    return parseConfig(env);
  } catch (error) {
    throw new EvalSetupError(`invalid environment: ${(error as Error).message}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
