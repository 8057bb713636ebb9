import { describe, expect, it } from 'vitest';
import { chooseChromium, DEBIAN_CHROMIUM, libraryPathFor } from './choose-chromium.js';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('chooseChromium', () => {
  it('prefers CHROMIUM_PATH, even over an installed Debian chromium', () => {
    expect(chooseChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', DEBIAN_CHROMIUM))).toEqual({
      source: 'CHROMIUM_PATH',
      executablePath: '/opt/chrome/chrome',
    });
  });

  it('fails on a CHROMIUM_PATH that does not exist instead of silently using another browser', () => {
    expect(() => chooseChromium({ CHROMIUM_PATH: '/nope/chrome' }, only(DEBIAN_CHROMIUM))).toThrow(
      'CHROMIUM_PATH=/nope/chrome does not exist: point it at a chromium binary, or unset it',
    );
  });

  it("uses Debian's chromium when it is installed", () => {
    expect(chooseChromium({}, only(DEBIAN_CHROMIUM))).toEqual({ source: 'debian', executablePath: DEBIAN_CHROMIUM });
    expect(chooseChromium({ CHROMIUM_PATH: ' ' }, only(DEBIAN_CHROMIUM))).toEqual({ source: 'debian', executablePath: DEBIAN_CHROMIUM });
  });

  it('falls back to the bundled browser, or uses it when asked to', () => {
    expect(chooseChromium({}, only())).toEqual({ source: 'bundled' });
    expect(chooseChromium({ CHROMIUM_PATH: 'bundled' }, only(DEBIAN_CHROMIUM))).toEqual({ source: 'bundled' });
  });
});

describe('libraryPathFor', () => {
  const LIBS = '/tmp/al2023/lib';
  const found = '\tlibnss3.so => /lib/x86_64-linux-gnu/libnss3.so (0x1)\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x2)\n';
  const missing = '\tlibnss3.so => not found\n\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x2)\n';

  it("leaves the system's libraries alone when none is missing", () => {
    expect(libraryPathFor(found, LIBS, undefined)).toBeUndefined();
    expect(libraryPathFor(found, LIBS, '/usr/local/lib')).toBe('/usr/local/lib');
  });

  it('puts the bundled libraries first when one is missing or ldd cannot tell', () => {
    expect(libraryPathFor(missing, LIBS, undefined)).toBe(LIBS);
    expect(libraryPathFor(missing, LIBS, '/usr/local/lib')).toBe(`${LIBS}:/usr/local/lib`);
    expect(libraryPathFor(null, LIBS, undefined)).toBe(LIBS);
  });
});
