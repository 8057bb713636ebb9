import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WIDGET_GZIP_BUDGET = 35 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface WidgetBuild {
  script: string;
  /** sha256 of the script, first 10 hex digits: the cache key in /widget.<hash>.js and the ETag. */
  hash: string;
  gzipBytes: number;
}

/** Bundles the browser widget in memory (~50 ms), so the Node server can build it at start. */
export async function buildWidget(): Promise<WidgetBuild> {
  const result = await build({
    entryPoints: [join(root, 'src/channels/widget/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]!.text;
  return {
    script,
    hash: createHash('sha256').update(script).digest('hex').slice(0, 10),
    gzipBytes: gzipSync(script, { level: 9 }).length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { script, hash, gzipBytes } = await buildWidget();
  const outDir = join(root, 'dist/widget');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'widget.js'), script);
  writeFileSync(join(outDir, `widget.${hash}.js`), script);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`widget.${hash}.js: ${kb(script.length)} minified, ${kb(gzipBytes)} gzip (budget ${kb(WIDGET_GZIP_BUDGET)})`);
  if (gzipBytes > WIDGET_GZIP_BUDGET) {
    console.error('the widget is over its gzip budget');
    process.exit(1);
  }
}
