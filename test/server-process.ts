import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const FROM_SOURCES = ['--import', 'tsx', 'src/runtimes/node/server.ts'];
/** What `npm start` runs: the bundle in dist/, rebuilt first if the sources changed. */
export const FROM_BUNDLE = ['scripts/start.mjs'];

const started: ChildProcess[] = [];

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The processes that serve: the child itself, or its cluster workers. */
  pids: number[];
  /** Every JSON log line the server has written so far. */
  logs: Array<Record<string, unknown>>;
}

/**
 * Starts the real server on a port of the OS's choosing, offline and without Slack or admin
 * unless `env` (on top of this process's environment) turns them on; resolves once `processes` have logged that they listen. The caller kills
 * it (killHard) or it is killed with the test run's other children by `killAll`.
 */
export function startServerProcess(env: NodeJS.ProcessEnv, args = FROM_SOURCES, processes = 1): Promise<ServerProcess> {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'ADMIN_TOKEN']) delete inherited[key];
  const full: NodeJS.ProcessEnv = { ...inherited, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env };
  const child = spawn(process.execPath, args, { cwd: ROOT, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const pids: number[] = [];
  const logs: ServerProcess['logs'] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: { msg?: string; url?: string; pid: number };
      try {
        entry = JSON.parse(line);
      } catch {
        return; // Not a log line.
      }
      logs.push(entry);
      if (entry.msg !== 'assistant listening' || !entry.url) return;
      pids.push(entry.pid);
      if (pids.length === processes) resolve({ child, url: entry.url, pids, logs });
    });
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening: ${stderr}`)));
  });
}

/** SIGKILL to every server this file started that is still running (an afterAll). */
export function killAll(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** SIGKILL to the child and every serving process, as a crash or an OOM kill would. */
export async function killHard({ child, pids }: ServerProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  for (const pid of pids) if (pid !== child.pid) process.kill(pid, 'SIGKILL');
  await exited;
  while (pids.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 20));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
