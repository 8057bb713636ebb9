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
  /** A greeting: no retrieval, the exchange still stored. */
  greeting32: LoadResult;
  /** The chat question again on a server with ANSWER_CACHE_SIZE=0: every answer computed. */
  uncachedChat8: LoadResult;
  uncachedChat32: LoadResult;
  /** A Chinese question on the same server: every answer computed. */
  uncachedChineseChat32: LoadResult;
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

const uncachedRatio = (r: BenchResult) => r.uncachedChat32.requestsPerSecond / r.healthz32.requestsPerSecond;

/** Server CPU per request of a run over that of GET /healthz in the same bench: what the route costs beyond HTTP itself. */
function cpuRatio(r: BenchResult, load: LoadResult): number | null {
  const healthz = r.healthz32.serverCpuUsPerRequest;
  return load.serverCpuUsPerRequest === null || healthz === null || healthz === 0 ? null : load.serverCpuUsPerRequest / healthz;
}

const times = (ratio: number | null) => (ratio === null ? 'n/a' : `${round(ratio, 2)}x`);

/** The core's time per answer over the naive baseline's on the same question, in this run. */
function coreRatio(r: BenchResult, label: string): number | null {
  const row = r.core.find((c) => c.label === label);
  return row?.oursUs == null || row.baselineUs == null || row.baselineUs === 0 ? null : row.oursUs / row.baselineUs;
}

const atMost = (ratio: number | null, limit: number) => ratio !== null && ratio <= limit;

/** The service's targets (issue 24), each checked against this run's figure; ratios are taken within the run. */
function targets(r: BenchResult): Array<[string, string, boolean]> {
  const greeting = cpuRatio(r, r.greeting32);
  const english = cpuRatio(r, r.uncachedChat32);
  const chinese = cpuRatio(r, r.uncachedChineseChat32);
  const coreEnglish = coreRatio(r, 'answer, English question');
  const coreChinese = coreRatio(r, 'answer, Chinese question');
  return [
    ['server CPU per request, greeting / healthz ≤ 1.5', times(greeting), atMost(greeting, 1.5)],
    ['server CPU per request, computed English answer (cache off) / healthz ≤ 3', times(english), atMost(english, 3)],
    ['server CPU per request, computed Chinese answer (cache off) / healthz ≤ 3', times(chinese), atMost(chinese, 3)],
    ['core per English answer / naive baseline ≤ 4', times(coreEnglish), atMost(coreEnglish, 4)],
    ['core per Chinese answer / naive baseline ≤ 4', times(coreChinese), atMost(coreChinese, 4)],
    ['chat p99 at 8 connections < 10 ms', `${round(r.chat8.p99Ms, 1)} ms`, r.chat8.p99Ms < 10],
    ['chat p99 at 8 connections, answer cache off < 10 ms', `${round(r.uncachedChat8.p99Ms, 1)} ms`, r.uncachedChat8.p99Ms < 10],
    [
      'start to first answer (npm start, index built) < 800 ms',
      `${round(r.startToFirstAnswerMs.bundleIndexBuilt)} ms`,
      r.startToFirstAnswerMs.bundleIndexBuilt < 800,
    ],
  ];
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

/** The table `npm run bench` prints, in Markdown so that it pastes into the README as is. */
export function formatBench(r: BenchResult): string {
  const rows: Array<[string, string]> = [
    ['GET /healthz, 32 connections', perSecond(r.healthz32)],
    ['POST /api/chat, 8 connections', perSecond(r.chat8)],
    ['POST /api/chat, 32 connections', perSecond(r.chat32)],
    ['POST /api/chat, a greeting (no retrieval, still stored), 32 connections', perSecond(r.greeting32)],
    ['POST /api/chat, answer cache off, 8 / 32 connections', `${perSecond(r.uncachedChat8)} / ${perSecond(r.uncachedChat32)}`],
    ['POST /api/chat, answer cache off, a Chinese question, 32 connections', perSecond(r.uncachedChineseChat32)],
    ['chat / healthz throughput, 32 connections', round(r.chatToHealthzRatio, 3)],
    ['chat / healthz throughput, answer cache off, 32 connections', round(uncachedRatio(r), 3)],
    ['greeting / healthz throughput, 32 connections', round(r.greeting32.requestsPerSecond / r.healthz32.requestsPerSecond, 3)],
    [
      'server CPU per request, all threads, 32 connections: healthz / greeting / chat / chat with cache off',
      [r.healthz32, r.greeting32, r.chat32, r.uncachedChat32].map((l) => micros(l.serverCpuUsPerRequest)).join(' / '),
    ],
    ['server CPU per request, answer cache off, a Chinese question, 32 connections', micros(r.uncachedChineseChat32.serverCpuUsPerRequest)],
    [
      'server CPU per request over healthz: greeting / chat / cache off, English / cache off, Chinese',
      [r.greeting32, r.chat32, r.uncachedChat32, r.uncachedChineseChat32].map((l) => times(cpuRatio(r, l))).join(' / '),
    ],
    ['chat latency p50 / p99, 8 connections', latency(r.chat8)],
    ['chat latency p50 / p99, 32 connections', latency(r.chat32)],
    ['chat latency p50 / p99, answer cache off, 8 / 32 connections', `${latency(r.uncachedChat8)} / ${latency(r.uncachedChat32)}`],
    ['start to first answer, bundle, index built (npm start)', `${round(r.startToFirstAnswerMs.bundleIndexBuilt)} ms`],
    ['start to first answer, bundle, index missing', `${round(r.startToFirstAnswerMs.bundleIndexMissing)} ms`],
    ['start to first answer, tsx, index built (as npm start ran before)', `${round(r.startToFirstAnswerMs.tsxIndexBuilt)} ms`],
    ['server RSS after the load', `${round(r.rssMbAfterLoad)} MB`],
    ...r.core.flatMap(
      (c): Array<[string, string]> => [
        [`core per call in process: ${c.label}`, micros(c.oursUs)],
        ...(c.baselineUs === null
          ? []
          : ([
              [`naive baseline per call: ${c.label}`, micros(c.baselineUs)],
              [`core / naive baseline: ${c.label}`, times(coreRatio(r, c.label))],
            ] as Array<[string, string]>)),
      ],
    ),
    ...r.store.map((s): [string, string] => [
      `SQLite synchronous=${s.synchronous}, ${s.writers} writer${s.writers > 1 ? 's' : ''}`,
      `${round(s.exchangesPerSecond)} exchanges/s, ${round(s.writesPerCommit, 1)} writes/commit`,
    ]),
  ];
  const header = `${r.workers} server process${r.workers > 1 ? 'es' : ''}, ${r.secondsPerRun} s per load run, ${r.machine.cpus} CPUs, Node ${r.machine.node}`;
  const checked = targets(r).map(([target, measured, met]) => [target, measured, met ? 'yes' : 'NO']);
  return [header, '', ...table(['figure', 'value'], rows), '', ...table(['target', 'measured', 'met'], checked)].join('\n');
}
