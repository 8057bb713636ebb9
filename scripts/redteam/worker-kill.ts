import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startFakeOpenAi } from '../../test/fake-openai-server.js';
import type { Tally } from './tally.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** How long a request to a killed worker may take to fail: the "within a second". */
const FAIL_WITHIN_MS = 1000;

interface Cluster {
  child: ChildProcess;
  url: string;
  /** Every worker that logged that it listens, replacements included. */
  workers: number[];
}

/**
 * `npm start -- --workers 2` in LLM mode against a model that streams slowly (about three
 * seconds an answer), a burst of requests so that both workers have some in flight, then one
 * worker killed with SIGKILL, as an OOM kill would. Every request must end, answered or failed,
 * within a second of the kill unless it was answered by the surviving worker, and the primary
 * must start a replacement that answers.
 */
export async function runWorkerKill(requests: number): Promise<Tally> {
  const model = await startFakeOpenAi();
  model.mode = 'slow-stream';
  const dir = mkdtempSync(join(tmpdir(), 'jingan-worker-kill-'));
  const tally: Tally = { name: `worker killed mid-answer (${requests} requests in flight)`, contained: 0, total: 0, failures: [] };
  let cluster: Cluster | null = null;
  try {
    cluster = await startCluster(dir, model.url);
    const { url, workers } = cluster;
    // Half before the kill, so both workers have answers in flight; the rest around it, as connections keep arriving.
    const started: Array<Promise<End>> = [];
    for (let i = 0; i < requests / 2; i++) started.push(askTimed(url, i));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const killedAt = Date.now();
    process.kill(workers[0]!, 'SIGKILL');
    for (let i = Math.ceil(requests / 2); i < requests; i++) {
      started.push(askTimed(url, i));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const ends = await Promise.all(started);
    for (const end of ends) {
      tally.total++;
      // Answered by the survivor, or failed fast: either is contained; a request left hanging past the bound is not.
      const late = end.at - Math.max(killedAt, end.startedAt);
      if (end.status === 200 || end.failed || end.status === 503) {
        if (end.status !== 200 && late > FAIL_WITHIN_MS) tally.failures.push(`request ${end.i} failed ${late} ms after the kill`);
        else tally.contained++;
      } else tally.failures.push(`request ${end.i}: ${end.status}`);
    }
    tally.total++;
    const replaced = await waitForReplacement(cluster);
    if (replaced) tally.contained++;
    else tally.failures.push('no replacement worker answered within 10 s');
  } finally {
    if (cluster) await stopCluster(cluster.child);
    await model.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return tally;
}

interface End {
  i: number;
  startedAt: number;
  status: number;
  failed: boolean;
  at: number;
}

async function askTimed(url: string, i: number): Promise<End> {
  const startedAt = Date.now();
  try {
    const res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Can a tech company get a loan backed by its patents?' }),
      signal: AbortSignal.timeout(20_000),
    });
    await res.text();
    return { i, startedAt, status: res.status, failed: false, at: Date.now() };
  } catch {
    return { i, startedAt, status: 0, failed: true, at: Date.now() };
  }
}

function startCluster(dir: string, modelUrl: string): Promise<Cluster> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    POLICY_TODAY: '2026-01-15',
    OPENAI_API_KEY: 'redteam',
    OPENAI_BASE_URL: modelUrl,
    OPENAI_TIMEOUT_MS: '15000',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  for (const key of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'ADMIN_TOKEN', 'DATABASE_URL']) delete env[key];
  const child = spawn(process.execPath, ['scripts/start.mjs', '--workers', '2'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const workers: number[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string; pid: number };
        if (entry.msg !== 'assistant listening' || !entry.url) return;
        workers.push(entry.pid);
        if (workers.length === 2) resolve({ child, url: entry.url, workers });
      } catch {
        // Not a log line.
      }
    });
    child.on('exit', (code, signal) => reject(new Error(`the cluster exited (${code ?? signal}) before listening: ${stderr}`)));
  });
}

async function waitForReplacement({ url, workers }: Cluster): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if (workers.length > 2) return (await fetch(`${url}/healthz`)).status === 200;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function stopCluster(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
