// Bundles the Node server into dist/ so that `npm start` runs JavaScript, not tsx. Plain JS on
// purpose: start.mjs imports it before anything can compile TypeScript. Run alone (npm's
// prepare) it always rebuilds: node scripts/build-server.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = ['src/runtimes/node/server.ts', 'src/runtimes/node/cluster.ts'];
// Same depth as src/runtimes/node/, so paths the code resolves from import.meta.url
// (../../../corpus, models, prompts, the widget's sources) land in the same place.
const OUT_DIR = join(ROOT, 'dist/runtimes/node');
export const SERVER_BUNDLE = join(OUT_DIR, 'server.js');
export const CLUSTER_BUNDLE = join(OUT_DIR, 'cluster.js');
const MANIFEST = join(OUT_DIR, 'inputs.json');
// Not inputs esbuild reports, but they change its output.
const BUILD_FILES = ['tsconfig.json', 'scripts/build-server.mjs'];

/** Rebuilds the bundle when any file that went into it changed; true when it rebuilt. */
export async function ensureServerBundle() {
  if (isBundleFresh()) return false;
  await buildServerBundle();
  return true;
}

export async function buildServerBundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    outbase: 'src/runtimes/node',
    bundle: true,
    // The cluster's workers import the server: one copy of it, in a chunk beside both entries.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // node_modules stay external: native addons and their relative requires load as usual.
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(OUT_DIR, { recursive: true });
  // Written to a temporary name and renamed, so a process starting meanwhile never reads half a bundle.
  for (const { path, contents } of result.outputFiles) {
    writeFileSync(`${path}.tmp`, contents);
    renameSync(`${path}.tmp`, path);
  }
  // Chunks of earlier builds have other hashed names.
  const written = new Set(result.outputFiles.map(({ path }) => path));
  for (const name of readdirSync(OUT_DIR)) if (/\.js(\.map)?$/.test(name) && !written.has(join(OUT_DIR, name))) rmSync(join(OUT_DIR, name));
  const inputs = [...Object.keys(result.metafile.inputs), ...BUILD_FILES].sort();
  writeFileSync(MANIFEST, JSON.stringify({ key: hashFiles(inputs), inputs }, null, 1));
}

function isBundleFresh() {
  try {
    const { key, inputs } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    statSync(SERVER_BUNDLE);
    statSync(CLUSTER_BUNDLE);
    return key === hashFiles(inputs);
  } catch {
    // No bundle, no manifest, or an input that no longer exists.
    return false;
  }
}

/** Content, not mtimes: a checkout can leave a changed file older than the bundle. */
function hashFiles(files) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(ROOT, file))).update('\0');
  return hash.digest('hex');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildServerBundle();
  console.log(`built ${relative(ROOT, OUT_DIR)} in ${Math.round(performance.now() - started)} ms`);
}
