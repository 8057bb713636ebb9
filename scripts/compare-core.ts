// `npm run compare-core -- [REF]`: the core's CPU time per answer in this tree against a git ref
// (default main), both loaded in one process and timed in alternating slices, so that load from
// other processes on the machine falls on both alike. --help for flags.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractRefTree, quartiles } from './bench/ref-tree.js';
import { CHINESE_QUESTION, ENGLISH_QUESTION } from './bench/time-core.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Beside the server bundle, so that the corpus and word vectors resolve as they do for the server;
// both trees read this tree's corpus: what differs is the code (and the ref's language data).
const OUT_DIR = join(ROOT, 'dist/runtimes/node');
const USAGE = `Usage: npm run compare-core -- [REF] [--slices N] [--slice-ms MS]

Builds the offline answerer of this tree and of REF (default main) with esbuild, loads both in one
process, and times each question in N alternating slices of MS milliseconds (default 30 x 150),
printing CPU microseconds per answer (min, first quartile, median) and new / ref.`;

type Answer = (message: string) => Promise<unknown>;

/** The same entry for both trees, calling only what both export; imports are absolute so that it can live outside them. */
const entryFor = (tree: string) => `import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseConfig } from '${tree}/src/core/config.js';
import { createNodeAnswerer } from '${tree}/src/runtimes/node/create-node-deps.js';

export async function makeAnswer() {
  const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'compare-core-')), LOG_LEVEL: 'warn', ANSWER_CACHE_SIZE: '0' });
  const { answer } = await createNodeAnswerer(config);
  return (message) => answer({ message, history: [] });
}
`;

function parseFlags(argv: string[]): { ref: string; slices: number; sliceMs: number } | null {
  const flags = { ref: 'main', slices: 30, sliceMs: 150 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help') return null;
    if (arg === '--slices' || arg === '--slice-ms') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} takes a positive whole number`);
      if (arg === '--slices') flags.slices = value;
      else flags.sliceMs = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown flag ${arg}`);
    else flags.ref = arg;
  }
  return flags;
}

async function buildAnswerer(tree: string, scratch: string, out: string): Promise<Answer> {
  const { build } = await import('esbuild');
  const entry = join(scratch, `${basename(out)}.entry.mjs`);
  writeFileSync(entry, entryFor(tree));
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    logLevel: 'error',
  });
  const module = (await import(pathToFileURL(out).href)) as { makeAnswer(): Promise<Answer> };
  return module.makeAnswer();
}

/** CPU microseconds per answer over each slice, the two answerers taking turns. */
async function timeSlices(answerers: Record<string, Answer>, question: string, slices: number, sliceMs: number) {
  const perSlice: Record<string, number[]> = Object.fromEntries(Object.keys(answerers).map((name) => [name, []]));
  for (const answer of Object.values(answerers)) {
    const warming = performance.now();
    while (performance.now() - warming < 700) await answer(question);
  }
  const names = Object.keys(answerers);
  for (let s = 0; s < slices; s++) {
    for (const name of s % 2 === 0 ? names : [...names].reverse()) {
      const before = process.cpuUsage();
      const started = performance.now();
      let calls = 0;
      while (performance.now() - started < sliceMs) {
        await answerers[name]!(question);
        calls++;
      }
      const used = process.cpuUsage(before);
      perSlice[name]!.push((used.user + used.system) / calls);
    }
  }
  return perSlice;
}

async function main(argv: string[]): Promise<number> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    process.stderr.write(`compare-core: ${(error as Error).message} (see --help)\n`);
    return 2;
  }
  if (!flags) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'compare-core-'));
  const refTree = extractRefTree(ROOT, flags.ref, ['src', 'lang', 'models'], scratch, 'compare-core');
  if (!refTree) {
    rmSync(scratch, { recursive: true, force: true });
    return 2;
  }
  const stamp = `${process.pid}-${Date.now()}`;
  const outputs = { ref: join(OUT_DIR, `compare-core-ref-${stamp}.mjs`), new: join(OUT_DIR, `compare-core-new-${stamp}.mjs`) };
  try {
    const answerers = { ref: await buildAnswerer(refTree, scratch, outputs.ref), new: await buildAnswerer(ROOT, scratch, outputs.new) };
    const lines = [
      `core CPU µs per answer, ${flags.slices} alternating slices of ${flags.sliceMs} ms; ref = ${flags.ref}, new = this tree`,
      '',
    ];
    lines.push('| question | ref min / p25 / median | new min / p25 / median | new / ref (p25) |', '|---|---|---|---|');
    for (const [label, question] of [
      ['English', ENGLISH_QUESTION],
      ['Chinese', CHINESE_QUESTION],
    ] as const) {
      const perSlice = await timeSlices(answerers, question, flags.slices, flags.sliceMs);
      const [ref, now] = [quartiles(perSlice.ref!), quartiles(perSlice.new!)];
      const show = (q: typeof ref) => [q.min, q.p25, q.median].map((v) => v.toFixed(0)).join(' / ');
      lines.push(`| ${label} | ${show(ref)} | ${show(now)} | ${(now.p25 / ref.p25).toFixed(2)} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`compare-core: ${(error as Error).message}\n`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    for (const file of Object.values(outputs)) rmSync(file, { force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
