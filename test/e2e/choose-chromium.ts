/** Debian's package, which .ci/run installs, so CI keeps testing the browser most machines have. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Set CHROMIUM_PATH to this to use the bundled browser even where Debian's is installed. */
export const BUNDLED = 'bundled';

export type ChromiumChoice = { source: 'CHROMIUM_PATH' | 'debian'; executablePath: string } | { source: 'bundled' };

/**
 * Which browser the e2e suites drive: CHROMIUM_PATH when set, else Debian's chromium when
 * installed, else the headless shell bundled in @sparticuz/chromium, so `npm test` needs
 * nothing beyond Node. A CHROMIUM_PATH that does not exist is an error, not a fallback.
 */
export function chooseChromium(env: Record<string, string | undefined>, exists: (path: string) => boolean): ChromiumChoice {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured === BUNDLED) return { source: 'bundled' };
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist: point it at a chromium binary, or unset it`);
    return { source: 'CHROMIUM_PATH', executablePath: configured };
  }
  if (exists(DEBIAN_CHROMIUM)) return { source: 'debian', executablePath: DEBIAN_CHROMIUM };
  return { source: 'bundled' };
}

/**
 * The bundled browser is built for Amazon Linux and links the system's NSS and expat. When
 * `ldd` reports any library missing (or cannot run), the package's own copies are put first
 * on LD_LIBRARY_PATH; where the system has them, they are left alone.
 */
export function libraryPathFor(lddOutput: string | null, bundledLibDir: string, current: string | undefined): string | undefined {
  const missing = lddOutput === null || /=>\s*not found/.test(lddOutput);
  if (!missing) return current;
  return current ? `${bundledLibDir}:${current}` : bundledLibDir;
}
