import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConfig } from '../core/config.js';
import { createLocalEmbedder } from '../core/embedding/local-embedder.js';
import { loadCorpus, loadWordVectors } from '../runtimes/node/load-corpus.js';
import { EvalSetupError } from './answerer.js';
import { createBaselineAnswerer } from './baseline.js';
import { checkServer, createHttpAnswerer, createHttpMatcher, normalizeBaseUrl } from './http-answerer.js';
import { listDatasetFiles, loadDatasets } from './load-datasets.js';
import { createLocalAnswerer } from './local-answerer.js';
import { parseEvalArgs, USAGE, type EvalArgs } from './parse-eval-args.js';
import { formatRunReport } from './print-run.js';
import { createProgress } from './progress.js';
import { runEval, type EvalRun } from './run-eval-cases.js';
import { readGitCommit, type RunInfo } from './run-info.js';
import { checkFloors, describeFloorCheck, FLOOR_MARGIN, loadFloors, suggestFloors } from './thresholds.js';
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
  const data = loadDatasets(args.datasets.length > 0 ? args.datasets : listDatasetFiles());
  for (const p of data.problems) io.stderr.write(`eval: ${p.file} line ${p.line} skipped: ${p.message}\n`);
  for (const w of data.warnings) io.stderr.write(`eval: warning: ${w.file} line ${w.line}: ${w.message}\n`);
  if (data.cases.length + data.conversations.length + data.matches.length === 0) {
    throw new EvalSetupError(`${data.files.join(', ')}: no valid case`);
  }
  const floors = args.gate ? loadFloors(args.thresholds) : null;
  const config = parseConfigOrExplain(env);
  const target = args.url ? await connectServer(args.url) : await createLocalAnswerer(config);
  const { cases, conversations, matches } = data;

  const system = await runWithProgress('system', io, (onCaseDone) =>
    runEval({ cases, conversations, matches, answer: target.answer, match: target.match, sections: target.sections, onCaseDone }),
  );
  let baseline: EvalRun | null = null;
  if (args.baseline) {
    const corpus = loadCorpus();
    const answer = await createBaselineAnswerer(corpus.raw, corpus.corpus.sections, createLocalEmbedder(loadWordVectors()));
    baseline = await runWithProgress('baseline', io, (onCaseDone) =>
      runEval({ cases, conversations, answer, sections: corpus.corpus.sections, onCaseDone }),
    );
  }

  const configuredMode = config.openai ? 'llm' : 'offline';
  const title = args.url ? `system at ${normalizeBaseUrl(args.url)}` : `system (local core, ${configuredMode} mode)`;
  io.stdout.write(formatRunReport(title, system, baseline));
  if (args.suggestFloors)
    io.stdout.write(`\nsuggested floors (${FLOOR_MARGIN} below this run):\n${JSON.stringify(suggestFloors(system), null, 2)}\n`);
  const gate = floors ? checkFloors(system, floors) : null;
  const info: RunInfo = {
    commit: readGitCommit(),
    mode: system.modes.join(', ') || (args.url ? 'unknown' : configuredMode),
    target: args.url ? normalizeBaseUrl(args.url) : `local core (${config.openai ? `llm: ${config.openai.model}` : 'offline'})`,
    datasets: data.files,
    date: new Date().toISOString(),
    today: args.url ? 'as the server sees it' : target.today,
    questions: cases.length,
    conversations: conversations.length,
    turns: conversations.reduce((n, c) => n + c.turns.length, 0),
    profiles: system.matchCases.length,
  };
  for (const file of writeReports({ system, baseline, info, gate }, args)) io.stdout.write(`wrote ${file}\n`);

  if (data.problems.length > 0) io.stderr.write(`eval: ${data.problems.length} dataset line(s) skipped, see above\n`);
  for (const e of system.errors) io.stderr.write(`eval: case ${e.id} failed: ${e.message}\n`);
  const below = (gate ?? []).filter((c) => c.status === 'fail');
  for (const check of (gate ?? []).filter((c) => c.status !== 'pass')) io.stderr.write(`eval: ${describeFloorCheck(check)}\n`);
  if (gate) {
    const verdict = below.length === 0 ? 'passed' : `FAILED: ${below.map((c) => `${c.scope} ${c.metric}`).join(', ')}`;
    io.stdout.write(`\ngate (${args.thresholds}): ${verdict}\n`);
  }
  const failed = data.problems.length > 0 || system.errors.length > 0 || below.length > 0;
  return failed ? 1 : 0;
}

async function connectServer(url: string) {
  await checkServer(url);
  return {
    answer: createHttpAnswerer(url),
    match: createHttpMatcher(url),
    sections: loadCorpus().corpus.sections,
    today: 'as the server sees it',
  };
}

async function runWithProgress(label: string, io: EvalIo, run: (onCaseDone: (done: number, total: number) => void) => Promise<EvalRun>) {
  const progress = createProgress(label, io.stderr);
  try {
    return await run((done, total) => progress.update(done, total));
  } finally {
    progress.stop();
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
