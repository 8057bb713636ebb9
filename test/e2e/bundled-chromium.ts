import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LaunchOptions } from 'playwright-core';
import { libraryPathFor } from './choose-chromium.js';

/** A lock left by a run killed mid-extraction is ignored after this long. */
const STALE_LOCK_MS = 120_000;

/**
 * The headless shell from @sparticuz/chromium, extracted to the temp directory once per machine,
 * with the libraries and fonts the system lacks. Suites run in parallel workers, and two
 * extractions writing the same files would corrupt the binary, so they take turns.
 */
export async function prepareBundledChromium(): Promise<LaunchOptions> {
  const { default: bundled, inflate } = await import('@sparticuz/chromium');
  const binDir = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
  const [executablePath, al2023] = await withLock(join(tmpdir(), 'sparticuz-chromium.lock'), async () => [
    await bundled.executablePath(),
    await inflate(join(binDir, 'al2023.tar.br')),
  ]);
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  const libraryPath = libraryPathFor(runLdd(executablePath), join(al2023, 'lib'), env.LD_LIBRARY_PATH);
  if (libraryPath) env.LD_LIBRARY_PATH = libraryPath;
  // A machine with no fontconfig set-up gets the package's fonts (extracted beside the binary).
  if (!env.FONTCONFIG_PATH && !existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(dirname(executablePath), 'fonts');
  return { executablePath, env };
}

/** ldd's report on the binary, or null where ldd is not installed. */
function runLdd(binary: string): string | null {
  try {
    return execFileSync('ldd', [binary], { encoding: 'utf8' });
  } catch {
    return null;
  }
}

/** mkdir is atomic, so a directory is a lock that works across processes. */
async function withLock<T>(lock: string, run: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - lockTime(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function lockTime(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return Date.now();
  }
}
