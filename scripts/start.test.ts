import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
const started: Array<{ npm: ChildProcess; server: number }> = [];

afterAll(() => {
  for (const { npm, server } of started) for (const pid of [npm.pid!, server]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm start` in its own process group (as a terminal runs it); resolves with the pid that logged "assistant listening". */
function npmStart(): Promise<{ npm: ChildProcess; server: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info' };
  for (const key of ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'WEB_CONCURRENCY']) delete env[key];
  const npm = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: npm.stdout! }).on('line', (line) => {
      if (!line.includes('"assistant listening"')) return;
      const run = { npm, server: (JSON.parse(line) as { pid: number }).pid };
      started.push(run);
      resolve(run);
    });
    npm.on('exit', (code, signal) => reject(new Error(`npm start exited (${code ?? signal}) before listening: ${stderr}`)));
  });
}

/** Waits, a bounded number of times, for the process to be gone. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 200 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !isAlive(pid);
}

describe('npm start', () => {
  it('stops the server when the npm process alone is killed, though npm runs it through a shell', async () => {
    const { npm, server } = await npmStart();
    expect(server).not.toBe(npm.pid);
    process.kill(npm.pid!, 'SIGTERM');
    expect(await gone(server)).toBe(true);
  }, 60_000);

  it('stops on Ctrl-C, which the terminal sends to the whole process group', async () => {
    const { npm, server } = await npmStart();
    process.kill(-npm.pid!, 'SIGINT');
    expect(await gone(server)).toBe(true);
    expect(await gone(npm.pid!)).toBe(true);
  }, 60_000);
});
