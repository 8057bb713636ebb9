import type { LoadResult } from './run-load.js';
import type { CoreTiming } from './time-core.js';
import type { StoreTiming } from './time-store.js';

export interface BenchResult {
  machine: { cpus: number; node: string };
  workers: number;
  secondsPerRun: number;
  /** Process spawn to the first 200 from POST /api/chat. */
  startToFirstAnswerMs: { bundleIndexBuilt: number; bundleIndexMissing: number; tsxIndexBuilt: number };
  healthz32: LoadResult;
  chat8: LoadResult;
  chat32: LoadResult;
  /** Chat req/s over /healthz req/s, both at 32 connections: what the answer costs beyond HTTP. */
  chatToHealthzRatio: number;
  rssMbAfterLoad: number;
  core: CoreTiming[];
  store: StoreTiming[];
}

const round = (n: number, digits = 0) => n.toFixed(digits);
const perSecond = (load: LoadResult) => `${round(load.requestsPerSecond)} req/s${load.failures ? ` (${load.failures} failed!)` : ''}`;
const latency = (load: LoadResult) => `${round(load.p50Ms, 1)} / ${round(load.p99Ms, 1)} ms`;
const micros = (us: number | null) => (us === null ? 'n/a' : `${round(us)} µs`);

/** The table `npm run bench` prints, in Markdown so that it pastes into the README as is. */
export function formatBench(r: BenchResult): string {
  const rows: Array<[string, string]> = [
    ['GET /healthz, 32 connections', perSecond(r.healthz32)],
    ['POST /api/chat, 8 connections', perSecond(r.chat8)],
    ['POST /api/chat, 32 connections', perSecond(r.chat32)],
    ['chat / healthz throughput, 32 connections', round(r.chatToHealthzRatio, 3)],
    ['chat latency p50 / p99, 8 connections', latency(r.chat8)],
    ['chat latency p50 / p99, 32 connections', latency(r.chat32)],
    ['start to first answer, bundle, index built (npm start)', `${round(r.startToFirstAnswerMs.bundleIndexBuilt)} ms`],
    ['start to first answer, bundle, index missing', `${round(r.startToFirstAnswerMs.bundleIndexMissing)} ms`],
    ['start to first answer, tsx, index built (as npm start ran before)', `${round(r.startToFirstAnswerMs.tsxIndexBuilt)} ms`],
    ['server RSS after the load', `${round(r.rssMbAfterLoad)} MB`],
    ...r.core.flatMap(
      (c): Array<[string, string]> => [
        [`core per call in process: ${c.label}`, micros(c.oursUs)],
        ...(c.baselineUs === null ? [] : [[`naive baseline per call: ${c.label}`, micros(c.baselineUs)] as [string, string]]),
      ],
    ),
    ...r.store.map((s): [string, string] => [
      `SQLite synchronous=${s.synchronous}, ${s.writers} writer${s.writers > 1 ? 's' : ''}`,
      `${round(s.exchangesPerSecond)} exchanges/s, ${round(s.writesPerCommit, 1)} writes/commit`,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const header = `${r.workers} server process${r.workers > 1 ? 'es' : ''}, ${r.secondsPerRun} s per load run, ${r.machine.cpus} CPUs, Node ${r.machine.node}`;
  return [
    header,
    '',
    `| ${'figure'.padEnd(width)} | value |`,
    `|${'-'.repeat(width + 2)}|-------|`,
    ...rows.map(([l, v]) => `| ${l.padEnd(width)} | ${v} |`),
  ].join('\n');
}
