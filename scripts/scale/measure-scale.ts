// One scale on one runtime's index, in a child process of scripts/scale-corpus.ts, so that
// memory deltas start from a clean heap. Reads its job from argv, sends the figures over IPC.
import { measureNode } from './measure-node.js';
import { measureWorkers } from './measure-workers.js';
import type { ScaleJob } from './scale-run.js';

const job = JSON.parse(process.argv[2] ?? '{}') as ScaleJob;
try {
  const run = job.variant === 'node' ? await measureNode(job) : await measureWorkers(job);
  process.send!({ run });
} catch (error) {
  process.send!({ error: (error as Error).stack ?? String(error) });
}
