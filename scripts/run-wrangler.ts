// Runs the wrangler from node_modules (the last one that supports Node 20) without touching the
// network: no metrics or error reports, no update check (it rides on the banner), no Request.cf download.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

export const OFFLINE_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  // Non-interactive: `d1 migrations apply` skips its confirmation prompt.
  CI: 'true',
};

/** Starts wrangler in its own process group, so killing the group also ends the workerd it spawns. */
export function spawnWrangler(args: string[]): ChildProcess {
  return start(args, true);
}

/** Runs a wrangler command to its end; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  const child = start(args, false);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`wrangler ${args.join(' ')} exited with ${code}\n${output}`)),
    );
  });
}

function start(args: string[], detached: boolean): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...OFFLINE_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
}

export interface LocalWorker {
  url: string;
  /** wrangler's output so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `wrangler dev --local` on free ports over a local D1 in `persistTo`, its migrations applied
 * first; resolves once /healthz answers.
 */
export async function startLocalWorker(persistTo: string, vars: Record<string, string> = {}, timeoutMs = 90_000): Promise<LocalWorker> {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
  const [port, inspectorPort] = await freePorts(2);
  const child = spawnWrangler([
    'dev',
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistTo,
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([key, value]) => ['--var', `${key}:${value}`]),
  ]);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let ended = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      ended = true;
      resolve();
    }),
  );
  const worker: LocalWorker = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (ended) return;
      signalGroup(child.pid!, 'SIGTERM');
      const killer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`wrangler dev exited before it was ready:\n${output}`);
    const healthy = await fetch(`${worker.url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return worker;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await worker.stop();
  throw new Error(`wrangler dev did not answer /healthz within ${timeoutMs} ms:\n${output}`);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has already exited.
  }
}

/** Ports the OS picks, held open together so the two cannot coincide. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
