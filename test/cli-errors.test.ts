import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-errors-'));
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a script as npm would (tsx), with a clean environment plus `env`. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir, LOG_LEVEL: 'silent', ...env };
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: base, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const SCRIPTS = {
  ask: 'src/runtimes/node/cli.ts',
  ingest: 'src/runtimes/node/ingest.ts',
  eval: 'src/evals/run-eval.ts',
  start: 'src/runtimes/node/server.ts',
};

describe('command-line misuse and bad settings end in one line and exit 2', () => {
  it.each([
    ['ask', ['--jsno', 'hi'], {}, 'ask: unknown flag --jsno; run "npm run ask -- --help" for the flags'],
    ['ingest', ['--forse'], {}, 'ingest: unknown flag --forse; run "npm run ingest -- --help" for the flags'],
    ['eval', ['--baselin'], {}, 'eval: unknown flag --baselin; run "npm run eval -- --help" for the flags'],
    [
      'ask',
      ['hi'],
      { PORT: 'abc' },
      'ask: PORT="abc" is not valid: use a whole number from 0 to 65535 (e.g. PORT=8787) or unset it for the default',
    ],
    [
      'start',
      [],
      { POLICY_TODAY: '2025-02-30' },
      'start: POLICY_TODAY="2025-02-30" is not valid: use a real calendar date as YYYY-MM-DD (e.g. POLICY_TODAY=2026-01-15) or unset it for the default',
    ],
    [
      'start',
      [],
      { PORT: 'abc' },
      'start: PORT="abc" is not valid: use a whole number from 0 to 65535 (e.g. PORT=8787) or unset it for the default',
    ],
  ] as const)('%s %j with %j', async (name, args, env, line) => {
    const result = await run(SCRIPTS[name], [...args], env);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('the server names a port that is already taken', async () => {
    const result = await run(SCRIPTS.start, [], { PORT: String(busyPort), HOST: '127.0.0.1' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `start: port ${busyPort} on 127.0.0.1 is already in use: stop the program using it or set PORT to a free port (e.g. PORT=${busyPort + 1})\n`,
    );
  });
});

describe('--help', () => {
  it.each(['ask', 'ingest', 'eval'] as const)('%s prints its flags and an example and exits 0', async (name) => {
    const result = await run(SCRIPTS[name], ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run /);
    expect(result.stdout).toContain(`npm run ${name} -- `);
    expect(result.stdout).toContain('--help');
  });
});
