import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const WIDGET_GZIP_BUDGET = 35 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

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
