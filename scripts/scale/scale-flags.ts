import { parseFlags, UsageError } from '../../src/runtimes/node/run-cli.js';

export const SCALE_USAGE = `Usage: npm run scale -- [flags]

Builds synthetic corpora (the real sections recombined sentence by sentence into documents
marked SYNTHETIC, in memory only) at each scale, indexes each as the Node server does
(hnswlib + BM25, in a temporary DATA_DIR) and as the Worker does (bundled assets, exact flat
vectors), and prints build time, memory and retrieval p50/p99 in one table.

Flags:
  --scales LIST      corpus sizes, as multiples of the real sections (default 1,10,100)
  --questions N      questions per language from evals/dataset.jsonl and evals/zh.jsonl (default 40)
  --seconds S        timing budget per list of questions, per scale and index (default 3)
  --json FILE        also write the figures as JSON to FILE
  --help             print this help

Example:
  npm run scale -- --scales 1,10,100 --json scale.json`;

export interface ScaleFlags {
  help: boolean;
  scales: number[];
  questions: number;
  budgetMs: number;
  json: string | null;
}

/** A bad flag or value throws a UsageError: runCli prints it on one line and exits 2. */
export function parseScaleFlags(args: string[]): ScaleFlags {
  const { values } = parseFlags('scale', {
    args,
    options: {
      help: { type: 'boolean', default: false },
      scales: { type: 'string', default: '1,10,100' },
      questions: { type: 'string', default: '40' },
      seconds: { type: 'string', default: '3' },
      json: { type: 'string' },
    },
  });
  const scales = values.scales.split(',').map((part) => readWhole('--scales', part.trim(), 1, 200));
  if (new Set(scales).size !== scales.length) throw new UsageError(`--scales lists a scale twice: "${values.scales}"`);
  return {
    help: values.help,
    scales: scales.sort((a, b) => a - b),
    questions: readWhole('--questions', values.questions, 30, 140),
    budgetMs: readWhole('--seconds', values.seconds, 1, 60) * 1000,
    json: values.json ?? null,
  };
}

function readWhole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`${flag} takes whole numbers from ${min} to ${max}, not "${text}"; run "npm run scale -- --help" for the flags`);
  return value;
}
