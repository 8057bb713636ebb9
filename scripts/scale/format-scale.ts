import type { Latency } from './time-calls.js';
import type { ScaleRun, Variant } from './scale-run.js';

export interface ScaleReport {
  machine: { cpus: number; node: string };
  questions: { en: number; zh: number };
  budgetMs: number;
  runs: ScaleRun[];
}

/** The issue's target for retrieval at 100x, and the Workers Free plan's CPU time per request. */
const TARGET_P99_MS = 10;
/** Cloudflare's Worker limits: size (compressed) on the Free and Paid plans, and the time to run the global scope. */
const WORKER_SIZE_MB = { free: 3, paid: 10 };
const WORKER_STARTUP_MS = 1000;
/** Memory per isolate, on every plan. */
const ISOLATE_MB = 128;

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
const latency = (l: Latency) => `${ms(l.p50Ms)} / ${ms(l.p99Ms)} ms`;
const megabytes = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(1)}`);

type Row = [string, (run: ScaleRun) => string];

const SIZE_ROWS: Row[] = [
  ['documents (real + SYNTHETIC)', (r) => String(r.documents)],
  ['sections', (r) => String(r.sections)],
  ['chunks', (r) => String(r.chunks)],
];
const NODE_ROWS: Row[] = [
  ['Node: index build (chunk + embed + hnswlib + BM25), ms', (r) => `${ms(r.buildMs)} (embed ${ms(r.embedMs)})`],
  ['Node: createRetriever (Chinese BM25, departments, headings), ms', (r) => ms(r.loadMs)],
  ['Node: RSS / heap delta after build, MB', (r) => `${megabytes(r.rssDeltaMb)} / ${megabytes(r.heapDeltaMb)}`],
  ['Node: retrieval p50 / p99, English', (r) => latency(r.english)],
  ['Node: retrieval p50 / p99, Chinese', (r) => latency(r.chinese)],
  ['Node: vector search alone (k=64; exact below 256 vectors, hnswlib above) p50 / p99', (r) => latency(r.vectorOnly)],
  ['BM25 (MiniSearch) alone (k=64) p50 / p99', (r) => latency(r.lexicalOnly)],
];
const WORKERS_ROWS: Row[] = [
  ['Workers: assets build (chunk + embed + BM25 JSON), ms', (r) => `${ms(r.buildMs)} (embed ${ms(r.embedMs)})`],
  ['Workers: index assets, MB JSON / gzip', (r) => `${megabytes(r.assetsMb)} / ${megabytes(r.assetsGzipMb)}`],
  ['Workers: isolate start (JSON.parse + loadBundledIndex), ms', (r) => `${ms(r.loadMs)} (parse ${ms(r.parseMs ?? 0)})`],
  ['Workers: heap delta (assets text + index), MB', (r) => megabytes(r.heapDeltaMb)],
  ['Workers: retrieval p50 / p99, English', (r) => latency(r.english)],
  ['Workers: retrieval p50 / p99, Chinese', (r) => latency(r.chinese)],
  ['Workers: flat index alone (k=64) p50 / p99', (r) => latency(r.vectorOnly)],
];

/** The table `npm run scale` prints, in Markdown so that it pastes into docs as is, then the growth lines. */
export function formatScale(report: ScaleReport): string {
  const scales = [...new Set(report.runs.map((r) => r.scale))].sort((a, b) => a - b);
  const find = (variant: Variant, scale: number) => report.runs.find((r) => r.variant === variant && r.scale === scale)!;
  const line =
    (variant: Variant) =>
    ([label, read]: Row) => [label, ...scales.map((s) => read(find(variant, s)))];
  const rows = [...SIZE_ROWS.map(line('node')), ...NODE_ROWS.map(line('node')), ...WORKERS_ROWS.map(line('workers'))];
  const header = ['figure', ...scales.map((s) => `${s}x`)];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const title = `${report.machine.cpus} CPUs, Node ${report.machine.node}; ${report.questions.en} English + ${report.questions.zh} Chinese questions, ${report.budgetMs / 1000} s of timing per list after a warm-up pass`;
  return [
    title,
    '',
    render(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(render),
    '',
    ...describeGrowth(report.runs, scales),
    ...describeWorkers(report.runs, scales),
  ].join('\n');
}

/** Per-query growth from the smallest to the largest scale against the growth of the corpus. */
function describeGrowth(runs: ScaleRun[], scales: number[]): string[] {
  if (scales.length < 2) return [];
  const low = scales[0]!;
  const high = scales.at(-1)!;
  const at = (variant: Variant, scale: number) => runs.find((r) => r.variant === variant && r.scale === scale)!;
  const size = at('node', high).sections / at('node', low).sections;
  const measures: Array<[string, Variant, (r: ScaleRun) => Latency]> = [
    ['Node retrieval, English', 'node', (r) => r.english],
    ['Node retrieval, Chinese', 'node', (r) => r.chinese],
    ['Node vector search alone', 'node', (r) => r.vectorOnly],
    ['BM25 alone', 'node', (r) => r.lexicalOnly],
    ['Workers retrieval, English', 'workers', (r) => r.english],
    ['Workers retrieval, Chinese', 'workers', (r) => r.chinese],
    ['flat index alone', 'workers', (r) => r.vectorOnly],
  ];
  return [
    `Per-query growth, p50 at ${high}x over p50 at ${low}x, for ${size.toFixed(0)}x the sections (exponent: time grows as sections^e; below 1 is sub-linear):`,
    ...measures.map(([label, variant, read]) => {
      const ratio = read(at(variant, high)).p50Ms / read(at(variant, low)).p50Ms;
      const exponent = Math.log(ratio) / Math.log(size);
      return `- ${label}: ${ratio.toFixed(1)}x, e = ${exponent.toFixed(2)}, ${ratio < size ? 'sub-linear' : 'NOT sub-linear'}`;
    }),
  ];
}

/**
 * Where the Worker's in-bundle index stops being enough: each limit projected linearly (through
 * zero) from the largest scale measured, as a multiple of the real corpus, first limit first.
 */
function describeWorkers(runs: ScaleRun[], scales: number[]): string[] {
  const largest = runs.find((r) => r.variant === 'workers' && r.scale === scales.at(-1))!;
  const worst = (r: ScaleRun) => Math.max(r.english.p99Ms, r.chinese.p99Ms);
  const over = scales.find((scale) => worst(runs.find((r) => r.variant === 'workers' && r.scale === scale)!) > TARGET_P99_MS);
  const project = (value: number, limit: number) => (largest.scale * limit) / value;
  const limits: Array<[string, number]> = [
    [
      `the isolate start (index loaded at global scope) reaches the ${WORKER_STARTUP_MS} ms startup limit`,
      project(largest.loadMs, WORKER_STARTUP_MS),
    ],
    [
      `the index assets reach ${WORKER_SIZE_MB.free} MB gzip (Free plan Worker size, code and widget besides)`,
      project(largest.assetsGzipMb!, WORKER_SIZE_MB.free),
    ],
    [`the index assets reach ${WORKER_SIZE_MB.paid} MB gzip (Paid plan Worker size)`, project(largest.assetsGzipMb!, WORKER_SIZE_MB.paid)],
    [`the heap reaches the isolate's ${ISOLATE_MB} MB`, project(largest.heapDeltaMb, ISOLATE_MB)],
    [`the flat vector search alone reaches ${TARGET_P99_MS} ms p50`, project(largest.vectorOnly.p50Ms, TARGET_P99_MS)],
  ];
  return [
    '',
    `Workers retrieval p99 (worse of English and Chinese): ${scales.map((scale) => `${ms(worst(runs.find((r) => r.variant === 'workers' && r.scale === scale)!))} ms at ${scale}x`).join(', ')}; ${over === undefined ? `within ${TARGET_P99_MS} ms at every scale` : `first above ${TARGET_P99_MS} ms (the target, and the Free plan's CPU per request) at ${over}x`}.`,
    `Workers limits, projected linearly from ${largest.scale}x (${largest.sections} sections, ${largest.chunks} chunks):`,
    ...limits.sort((a, b) => a[1] - b[1]).map(([label, scale]) => `- ${label} near ${Math.round(scale)}x`),
  ];
}
