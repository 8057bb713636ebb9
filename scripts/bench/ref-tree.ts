// What both side-by-side comparisons (compare-core, compare-server) need: a git ref's tree on disk
// beside this one, and the spread of their alternating slices.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Quartiles {
  min: number;
  p25: number;
  median: number;
}

export function quartiles(values: number[]): Quartiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, p25: sorted[Math.floor(sorted.length / 4)]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

/**
 * Reads `paths` (all when empty) of the tree at `ref` with git and writes them to `<scratch>/ref`.
 * Returns that folder, or null after one line on stderr when git cannot read the ref.
 */
export function extractRefTree(root: string, ref: string, paths: string[], scratch: string, script: string): string | null {
  let archive: Buffer;
  try {
    archive = execFileSync('git', ['archive', ref, ...paths], { cwd: root, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    const what = paths.length > 0 ? paths.join(', ') : 'the tree';
    process.stderr.write(`${script}: git cannot read ${what} at ${ref} (see --help)\n`);
    return null;
  }
  const tree = join(scratch, 'ref');
  mkdirSync(tree);
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  return tree;
}
