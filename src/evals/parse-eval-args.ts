import { parseFlags, UsageError } from '../runtimes/node/run-cli.js';
import { EvalSetupError } from './answerer.js';

export interface EvalArgs {
  /** The files to run; empty means every evals/*.jsonl. */
  datasets: string[];
  json: string | null;
  html: string | null;
  url: string | null;
  baseline: boolean;
  thresholds: string;
  gate: boolean;
  suggestFloors: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run eval -- [flags]
  --dataset FILE     JSONL cases; repeat for several (default: every evals/*.jsonl)
  --json OUT         write the report as JSON (the contract's shape)
  --html OUT         write a self-contained HTML report
  --url BASE_URL     evaluate a running server (POST BASE_URL/api/chat?trace=1, /api/match) instead of the local core
  --baseline         also run the naive RAG baseline and compare
  --thresholds FILE  metric floors per scope: overall, en, zh (default evals/thresholds.json)
  --no-gate          report only; do not fail below the floors
  --suggest-floors   also print floors a little below this run's figures, in the thresholds format
  -h, --help         show this help
examples: npm run eval -- --baseline --html report.html
          npm run eval -- --dataset evals/zh.jsonl --dataset evals/conversations.jsonl
          npm run eval -- --dataset mine.jsonl --url https://assistant.example.gov.cn
exit codes: 0 ok, 1 a floor not met or bad dataset lines or failed cases, 2 cannot run`;

export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values } = readFlags(argv);
  return {
    datasets: values.dataset ?? [],
    json: values.json ?? null,
    html: values.html ?? null,
    url: values.url ?? null,
    baseline: values.baseline,
    thresholds: values.thresholds,
    gate: values.gate,
    suggestFloors: values['suggest-floors'],
    help: values.help,
  };
}

function readFlags(argv: string[]) {
  try {
    return parseFlags('eval', {
      args: argv,
      allowPositionals: false,
      allowNegative: true,
      options: {
        dataset: { type: 'string', multiple: true },
        json: { type: 'string' },
        html: { type: 'string' },
        url: { type: 'string' },
        baseline: { type: 'boolean', default: false },
        thresholds: { type: 'string', default: 'evals/thresholds.json' },
        gate: { type: 'boolean', default: true },
        'suggest-floors': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // run-eval prints setup errors as they are; a usage error is one line that points at --help.
    throw error instanceof UsageError ? new EvalSetupError(error.message) : error;
  }
}
