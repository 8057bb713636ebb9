import { parseArgs } from 'node:util';

export const BENCH_USAGE = `Usage: npm run bench -- [flags]

Starts the server from its bundle on a free loopback port with a temporary DATA_DIR, loads it
with autocannon, times the core in process, and prints one table.

Flags:
  --json FILE      also write the figures as JSON to FILE
  --duration S     seconds per autocannon run (default 5)
  --workers N      server processes behind the port (npm start -- --workers N; default 1)
  --help           print this help

Example:
  npm run bench -- --json bench.json --duration 3`;

export interface BenchFlags {
  help: boolean;
  json: string | null;
  durationSeconds: number;
  workers: number;
}

/** Throws with a one-line message on an unknown flag or a bad value; the caller exits 2. */
export function parseBenchFlags(argv: string[]): BenchFlags {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', default: false },
      json: { type: 'string' },
      duration: { type: 'string', default: '5' },
      workers: { type: 'string', default: '1' },
    },
  });
  return {
    help: values.help,
    json: values.json ?? null,
    durationSeconds: readPositive('--duration', values.duration, 60),
    workers: readPositive('--workers', values.workers, 16),
  };
}

function readPositive(flag: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${flag} takes a whole number from 1 to ${max}, not "${text}"`);
  return value;
}
