// `npm run bench`: the figures the README reports, in one run of under a minute. Starts the
// server from its bundle on a free loopback port with a temporary DATA_DIR. --help for flags.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBench, type BenchResult } from './bench/format-bench.js';
import { BENCH_USAGE, parseBenchFlags, type BenchFlags } from './bench/parse-bench-flags.js';
import { runLoad } from './bench/run-load.js';
import { startServer } from './bench/server-process.js';
import { CHINESE_QUESTION, ENGLISH_QUESTION, timeCore } from './bench/time-core.js';
import { timeStore } from './bench/time-store.js';
import { ensureServerBundle } from './build-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHAT = { message: ENGLISH_QUESTION };
const CHINESE_CHAT = { message: CHINESE_QUESTION };
// Answered without retrieval, and still stored: what a chat request costs besides the answer.
const GREETING = { message: 'Hello' };

async function bench(flags: BenchFlags, dataDir: string): Promise<BenchResult> {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  if (await ensureServerBundle()) log('rebuilt the server bundle');
  const options = { dataDir, question: ENGLISH_QUESTION, cwd: ROOT };
  const bundle = ['scripts/start.mjs', ...(flags.workers > 1 ? ['--workers', String(flags.workers)] : [])];

  log('starting with no index (it is built at start)');
  const cold = await startServer(bundle, options);
  await cold.stop();
  log('starting under tsx');
  const tsx = await startServer(['--import', 'tsx', 'src/runtimes/node/server.ts'], options);
  await tsx.stop();
  log('starting from the bundle');
  const server = await startServer(bundle, options);
  try {
    const seconds = flags.durationSeconds;
    const chatUrl = `${server.url}/api/chat`;
    const warmUpSeconds = Math.min(2, seconds);
    log(`load: ${warmUpSeconds + 4 * seconds} s`);
    const load = (url: string, connections: number, body?: unknown) =>
      runLoad({ url, connections, seconds, body, readServerCpuMs: server.readCpuMs });
    // Not reported: lets the JIT and every cluster worker settle before the measured runs.
    await runLoad({ url: chatUrl, connections: 32, seconds: warmUpSeconds, body: CHAT });
    const healthz32 = await load(`${server.url}/healthz`, 32);
    const chat8 = await load(chatUrl, 8, CHAT);
    const chat32 = await load(chatUrl, 32, CHAT);
    const greeting32 = await load(chatUrl, 32, GREETING);
    const rssMbAfterLoad = server.readRssMb();
    await server.stop();
    log(`starting with the answer cache off; load: ${warmUpSeconds + 3 * seconds} s`);
    const uncached = await startServer(bundle, { ...options, env: { ANSWER_CACHE_SIZE: '0' } });
    const uncachedUrl = `${uncached.url}/api/chat`;
    const loadUncached = (connections: number, body: unknown = CHAT) =>
      runLoad({ url: uncachedUrl, connections, seconds, body, readServerCpuMs: uncached.readCpuMs });
    await runLoad({ url: uncachedUrl, connections: 32, seconds: warmUpSeconds, body: CHAT });
    const uncachedChat8 = await loadUncached(8);
    const uncachedChat32 = await loadUncached(32);
    const uncachedChineseChat32 = await loadUncached(32, CHINESE_CHAT);
    await uncached.stop();
    log('timing the core and the store in process');
    return {
      machine: { cpus: availableParallelism(), node: process.versions.node },
      workers: flags.workers,
      secondsPerRun: seconds,
      startToFirstAnswerMs: {
        bundleIndexBuilt: server.startToFirstAnswerMs,
        bundleIndexMissing: cold.startToFirstAnswerMs,
        tsxIndexBuilt: tsx.startToFirstAnswerMs,
      },
      healthz32,
      chat8,
      chat32,
      greeting32,
      uncachedChat8,
      uncachedChat32,
      uncachedChineseChat32,
      chatToHealthzRatio: chat32.requestsPerSecond / healthz32.requestsPerSecond,
      rssMbAfterLoad,
      core: await timeCore(dataDir),
      store: await timeStore(),
    };
  } finally {
    await server.stop();
  }
}

async function main(argv: string[]): Promise<number> {
  let flags: BenchFlags;
  try {
    flags = parseBenchFlags(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message} (see --help)\n`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));
  try {
    const result = await bench(flags, dataDir);
    process.stdout.write(`${formatBench(result)}\n`);
    if (flags.json) writeFileSync(flags.json, `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
