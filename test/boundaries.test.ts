import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering rules of docs/architecture.md, checked on every file's imports rather than trusted.
const ROOT = new URL('..', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

const resolveFrom = (file: string, spec: string) => (spec.startsWith('.') ? relative(SRC, join(file, '..', spec)) : spec);
const files = sourceFiles(SRC).map((file) => ({
  path: relative(SRC, file),
  imports: importsOf(file).map((spec) => resolveFrom(file, spec)),
}));
const NODE_ONLY =
  /^(node:|fs$|path$|os$|child_process$|crypto$|http$|hnswlib-node|better-sqlite3|@hono\/node-server|@slack\/bolt|pino$|prom-client|cli-progress)/;

/** Node's process and the browser's DOM, as code uses them (a variable named `document` is fine). */
const RUNTIME_GLOBALS =
  /\bprocess\.(env|argv|exit|on|cwd|stdout|stderr)\b|\bdocument\.(querySelector|createElement|body|getElementById)\b|\bwindow\./;

describe('boundaries', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('core imports only core and runtime-neutral libraries: no node:*, native addons, process or DOM', () => {
    const core = files.filter((f) => f.path.startsWith('core/'));
    const offenders = core.flatMap((f) =>
      f.imports.filter((i) => NODE_ONLY.test(i) || /^(channels|runtimes|evals)\//.test(i)).map((i) => `${f.path} -> ${i}`),
    );
    expect(offenders).toEqual([]);
    const globals = core.filter((f) => RUNTIME_GLOBALS.test(readFileSync(join(SRC, f.path), 'utf8'))).map((f) => f.path);
    expect(globals).toEqual([]);
  });

  it('channels never import each other, nor a runtime', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('channels/'))
      .flatMap((f) => {
        const own = f.path.split('/')[1];
        return f.imports
          .filter((i) => (i.startsWith('channels/') && i.split('/')[1] !== own) || i.startsWith('runtimes/'))
          .map((i) => `${f.path} -> ${i}`);
      });
    expect(offenders).toEqual([]);
  });

  it('only runtimes wire: nothing outside src/runtimes (and the eval runner, which answers as the server does) imports a runtime', () => {
    const offenders = files
      .filter((f) => !f.path.startsWith('runtimes/') && !f.path.startsWith('evals/'))
      .flatMap((f) => f.imports.filter((i) => i.startsWith('runtimes/')).map((i) => `${f.path} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('the two runtimes do not import each other', () => {
    const offenders = files.flatMap((f) => {
      const runtime = /^runtimes\/(\w+)\//.exec(f.path)?.[1];
      return runtime
        ? f.imports.filter((i) => i.startsWith('runtimes/') && !i.startsWith(`runtimes/${runtime}/`)).map((i) => `${f.path} -> ${i}`)
        : [];
    });
    expect(offenders).toEqual([]);
  });
});
