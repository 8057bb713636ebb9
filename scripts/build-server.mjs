// Bundles the Node server into dist/ so that `npm start` runs JavaScript, not tsx. Plain JS on
// purpose: start.mjs imports it before anything can compile TypeScript. Run alone (npm's
// prepare) it always rebuilds: node scripts/build-server.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
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
  // Hashed as esbuild reads them, so that a file saved during the build leaves the bundle stale, not falsely fresh.
  const hashes = Object.fromEntries(BUILD_FILES.map((file) => [file, hashFile(file)]));
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT_DIR,
    bundle: true,
    // The cluster's workers import the server entry rather than a copy; what is imported only
    // when configured (Slack, the LLM clients) stays in chunks not read at start.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild's table does not credit Node with \p{...} in regular expressions (it has them since
    // Node 10) and rewrites each such literal as `new RegExp(...)`, built again on every call of
    // the function holding it: a question went through eight of them per answer.
    supported: { 'regexp-unicode-property-escapes': true },
    // node_modules stay external: native addons and their relative requires load as usual.
    packages: 'external',
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
    plugins: [{ name: 'hash-inputs', setup: (b) => b.onLoad({ filter: /.*/ }, ({ path }) => loadHashed(path, hashes)) }],
  });
  mkdirSync(OUT_DIR, { recursive: true });
  // Each file is renamed into place whole, the entries last, so that a process starting meanwhile
  // never reads half a file nor an entry whose chunks are not there yet.
  const isEntry = ({ path }) => path.startsWith(SERVER_BUNDLE) || path.startsWith(CLUSTER_BUNDLE);
  const entriesLast = [...result.outputFiles].sort((a, b) => Number(isEntry(a)) - Number(isEntry(b)));
  for (const { path, contents } of entriesLast) {
    writeFileSync(`${path}.tmp`, contents);
    renameSync(`${path}.tmp`, path);
  }
  // Chunks of earlier builds have other hashed names.
  const written = new Set(result.outputFiles.map(({ path }) => path));
  for (const name of readdirSync(OUT_DIR)) if (/\.js(\.map)?$/.test(name) && !written.has(join(OUT_DIR, name))) rmSync(join(OUT_DIR, name));
  writeFileSync(MANIFEST, JSON.stringify(hashes, null, 1));
}

const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };

function loadHashed(path, hashes) {
  const loader = LOADERS[extname(path)];
  if (!loader) throw new Error(`build-server: no loader for ${path}`);
  const contents = readFileSync(path);
  hashes[relative(ROOT, path)] = hashBytes(contents);
  return { contents, loader };
}

function isBundleFresh() {
  try {
    const hashes = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    statSync(SERVER_BUNDLE);
    statSync(CLUSTER_BUNDLE);
    // Content, not mtimes: a checkout can leave a changed file older than the bundle.
    return Object.entries(hashes).every(([file, hash]) => hashFile(file) === hash);
  } catch {
    // No bundle, no manifest, or an input that no longer exists.
    return false;
  }
}

const hashBytes = (bytes) => createHash('sha256').update(bytes).digest('hex');
const hashFile = (file) => hashBytes(readFileSync(join(ROOT, file)));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await buildServerBundle();
  console.log(`built ${relative(ROOT, OUT_DIR)} in ${Math.round(performance.now() - started)} ms`);
}
