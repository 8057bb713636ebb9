// npm run build:worker: the worker's assets, then wrangler's own bundle (a dry-run deploy into
// dist/worker), measured against the Workers free plan's limit of 3 MiB gzip.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildWorkerAssets } from './build-worker-assets.js';
import { ROOT, runWrangler } from './run-wrangler.js';

export const WORKER_GZIP_BUDGET = 3 * 1024 * 1024;

export interface BundleSize {
  files: Array<{ name: string; bytes: number; gzip: number }>;
  gzip: number;
}

/** Bundles the worker as `wrangler deploy` would, without uploading, and measures it. */
export async function bundleWorker(outDir: string): Promise<BundleSize> {
  rmSync(outDir, { recursive: true, force: true });
  await runWrangler(['deploy', '--dry-run', '--outdir', outDir]);
  // What Cloudflare counts: the uploaded modules, not the source map or wrangler's README.
  const files = readdirSync(outDir)
    .filter((name) => !name.endsWith('.map') && name !== 'README.md')
    .map((name) => {
      const bytes = readFileSync(join(outDir, name));
      return { name, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildWorkerAssets();
  const size = await bundleWorker(join(ROOT, 'dist/worker'));
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(12);
  for (const f of size.files) console.log(`${f.name.padEnd(62)} ${kib(f.bytes)} ${kib(f.gzip)} gzip`);
  console.log(`dist/worker: ${kib(size.gzip).trim()} gzip of ${kib(WORKER_GZIP_BUDGET).trim()} allowed (Workers free plan)`);
  if (size.gzip > WORKER_GZIP_BUDGET) {
    console.error('the worker bundle is over the free plan limit');
    process.exit(1);
  }
}
