import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerProcess {
  url: string;
  /** Milliseconds from spawn to the first 200 from POST /api/chat. */
  startToFirstAnswerMs: number;
  /** Resident memory of the server and its cluster workers, in MB. */
  readRssMb(): number;
  /** CPU time the server and its cluster workers used so far, all threads, in ms; null off Linux. */
  readCpuMs(): number | null;
  stop(): Promise<void>;
}

const SECRETS = ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'ADMIN_TOKEN'];
const START_TIMEOUT_MS = 60_000;
// /proc counts CPU time in USER_HZ ticks, 100 per second on every Linux the bench runs on.
const MS_PER_TICK = 10;

/** Spawns `node <args>` on a free loopback port and polls /api/chat until it answers. */
export async function startServer(
  args: string[],
  options: { dataDir: string; question: string; cwd: string; env?: Record<string, string> },
): Promise<ServerProcess> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // Offline mode, no Slack: the bench measures this code, not a remote model.
  for (const key of SECRETS) delete env[key];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  while (!(await answers(url, options.question))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited before answering: ${stderr.trim()}`);
    if (performance.now() - started > START_TIMEOUT_MS) {
      await stopChild(child);
      throw new Error(`server did not answer within ${START_TIMEOUT_MS / 1000} s: ${stderr.trim()}`);
    }
    await sleep(5);
  }
  return {
    url,
    startToFirstAnswerMs: performance.now() - started,
    readRssMb: () => listProcessTree(child.pid!).reduce((sum, pid) => sum + readRssKb(pid), 0) / 1024,
    readCpuMs: () => {
      const ticks = listProcessTree(child.pid!).map(readCpuTicks);
      return ticks.includes(null) ? null : (ticks as number[]).reduce((sum, t) => sum + t, 0) * MS_PER_TICK;
    },
    stop: () => stopChild(child),
  };
}

async function answers(url: string, question: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: question }),
    });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function listProcessTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // Gone, or not Linux.
  }
  return [pid, ...children.flatMap(listProcessTree)];
}

function readRssKb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) : 0;
  } catch {
    return 0;
  }
}

/** utime + stime of a process, all its threads, from /proc/<pid>/stat (fields 14 and 15). */
function readCpuTicks(pid: number): number | null {
  try {
    // The command name may hold spaces: the fields are counted after its closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}
