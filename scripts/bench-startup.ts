// Measures what the README reports: process start to first answer (index built), server memory
// after a load of questions, and /api/chat latency and throughput on loopback. Rerun: npm run bench.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDataset } from '../src/evals/dataset.js';
import { computePercentile } from '../src/evals/summarize-run.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'jingan-bench-'));
const questions = parseDataset(readFileSync('evals/dataset.jsonl', 'utf8')).cases.map((c) => c.question);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startAndTimeFirstAnswer(): Promise<{ ms: number; port: number; stop: () => void; pid: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtimes/node/server.ts'], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      const res = await ask(port, 'Can a tech company get a loan backed by its patents?');
      if (res.ok) return { ms: performance.now() - started, port, stop: () => child.kill('SIGTERM'), pid: child.pid! };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

function ask(port: number, message: string) {
  return fetch(`http://127.0.0.1:${port}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}


const cold = await startAndTimeFirstAnswer();
cold.stop();
await new Promise((resolve) => setTimeout(resolve, 500));
const warm = await startAndTimeFirstAnswer();
const latencies: number[] = [];
let next = 0;
const loadStarted = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      const question = questions[next++ % questions.length]!;
      const t = performance.now();
      const res = await ask(warm.port, question);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`HTTP ${res.status} for "${question}"`);
      latencies.push(performance.now() - t);
    }
  }),
);
const seconds = (performance.now() - loadStarted) / 1000;
const memory = rssMb(warm.pid);
warm.stop();

console.log(`startup to first answer, index missing (builds it): ${cold.ms.toFixed(0)} ms`);
console.log(`startup to first answer, index built:              ${warm.ms.toFixed(0)} ms`);
console.log(`server RSS after ${REQUESTS} answers:                 ${memory.toFixed(0)} MB`);
console.log(`POST /api/chat latency p50 / p95:                  ${computePercentile(latencies, 50)!.toFixed(1)} / ${computePercentile(latencies, 95)!.toFixed(1)} ms`);
console.log(`throughput (${CONCURRENCY} concurrent clients):            ${(REQUESTS / seconds).toFixed(0)} answers/s`);
