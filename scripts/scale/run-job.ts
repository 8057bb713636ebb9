import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ScaleJob, ScaleRun } from './scale-run.js';

const CHILD = fileURLToPath(new URL('./measure-scale.ts', import.meta.url));

/** Measures one job in a fresh Node process (TypeScript through tsx, GC exposed for the memory figures). */
export function runJob(job: ScaleJob, cwd: string): Promise<ScaleRun> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(job)], {
      cwd,
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.on('message', (message: { run?: ScaleRun; error?: string }) => {
      settled = true;
      if (message.run) resolve(message.run);
      else reject(new Error(`${job.variant} at ${job.scale}x: ${message.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!settled) reject(new Error(`${job.variant} at ${job.scale}x: the child exited (${signal ?? code}) without figures`));
    });
  });
}
