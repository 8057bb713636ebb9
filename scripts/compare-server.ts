// `npm run compare-server -- [REF]`: the server's CPU time per request in this tree against a git
// ref (default main), both servers running at once and loaded in alternating slices, so that load
// from other processes on the machine falls on both alike. --help for flags.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractRefTree, type Quartiles, quartiles } from './bench/ref-tree.js';
import { runLoad } from './bench/run-load.js';
import { startServer, type ServerProcess } from './bench/server-process.js';
import { CHINESE_QUESTION, ENGLISH_QUESTION } from './bench/time-core.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `Usage: npm run compare-server -- [REF] [--rounds N] [--seconds S] [--node-flags "FLAGS"]

Starts the server of this tree and of REF (default main, extracted with git archive beside this
tree's node_modules) from their bundles, each with a temporary DATA_DIR, as npm run bench does:
first with the answer cache on (GET /healthz, a greeting), then with it off (a computed English
and a Chinese answer). Each route is loaded on both servers in N alternating slices of S seconds
(default 12 x 2) at 32 connections (and the English one at 8 too), and the servers' CPU time per
request (all threads, from /proc) and p99 latency are printed as min / first quartile / median,
with new / ref and each over /healthz.
--node-flags starts this tree's server with those Node flags (REF may then be HEAD: a flag against none).`;

interface Route {
  label: string;
  path: string;
  body?: unknown;
  connections: number;
}

const CACHED: Route[] = [
  { label: 'GET /healthz', path: '/healthz', connections: 32 },
  { label: 'greeting (answer cache on)', path: '/api/chat', body: { message: 'Hello' }, connections: 32 },
];
const COMPUTED: Route[] = [
  { label: 'computed English answer (cache off)', path: '/api/chat', body: { message: ENGLISH_QUESTION }, connections: 32 },
  { label: 'computed Chinese answer (cache off)', path: '/api/chat', body: { message: CHINESE_QUESTION }, connections: 32 },
  // Issue 24's latency target is taken at 8 connections.
  { label: 'computed English answer (cache off), 8 connections', path: '/api/chat', body: { message: ENGLISH_QUESTION }, connections: 8 },
];

interface Flags {
  ref: string;
  rounds: number;
  seconds: number;
  nodeFlags: string[];
}

function parseFlags(argv: string[]): Flags | null {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '12' },
      seconds: { type: 'string', default: '2' },
      'node-flags': { type: 'string', default: '' },
    },
  });
  if (values.help) return null;
  if (positionals.length > 1) throw new Error(`one ref at most, not ${positionals.join(' ')}`);
  const whole = (flag: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > 100) throw new Error(`${flag} takes a whole number from 1 to 100, not "${text}"`);
    return value;
  };
  const nodeFlags = values['node-flags'].split(' ').filter(Boolean);
  const notFlag = nodeFlags.find((flag) => !flag.startsWith('--'));
  if (notFlag) throw new Error(`--node-flags takes Node flags (--name or --name=value), not "${notFlag}"`);
  return {
    ref: positionals[0] ?? 'main',
    rounds: whole('--rounds', values.rounds),
    seconds: whole('--seconds', values.seconds),
    nodeFlags,
  };
}

/** Each server's CPU µs per request and p99 latency over each slice, the two servers taking turns. */
async function timeRoute(servers: Record<string, ServerProcess>, route: Route, rounds: number, seconds: number) {
  const perSlice: Record<string, number[]> = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  const p99: Record<string, number[]> = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  const load = (server: ServerProcess, s: number) =>
    runLoad({
      url: `${server.url}${route.path}`,
      connections: route.connections,
      seconds: s,
      body: route.body,
      readServerCpuMs: server.readCpuMs,
    });
  // Not counted: lets the JIT settle on each server.
  for (const server of Object.values(servers)) await load(server, seconds);
  const names = Object.keys(servers);
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 === 0 ? names : [...names].reverse()) {
      const result = await load(servers[name]!, seconds);
      if (result.failures > 0) throw new Error(`${result.failures} failed requests to ${name}'s ${route.path}`);
      if (result.serverCpuUsPerRequest === null) throw new Error('the server CPU time cannot be read here (it needs Linux /proc)');
      perSlice[name]!.push(result.serverCpuUsPerRequest);
      p99[name]!.push(result.p99Ms);
    }
  }
  return {
    cpu: { ref: quartiles(perSlice.ref!), new: quartiles(perSlice.new!) },
    p99: { ref: quartiles(p99.ref!), new: quartiles(p99.new!) },
  };
}

async function startBoth(trees: Record<'ref' | 'new', string>, nodeFlags: string[], scratch: string, env: Record<string, string>) {
  const servers: Record<string, ServerProcess> = {};
  try {
    for (const [name, tree] of Object.entries(trees)) {
      const dataDir = mkdtempSync(join(scratch, `data-${name}-`));
      const args = [...(name === 'new' ? nodeFlags : []), 'scripts/start.mjs'];
      servers[name] = await startServer(args, { dataDir, question: ENGLISH_QUESTION, cwd: tree, env });
    }
    return servers;
  } catch (error) {
    await stopAll(servers);
    throw error;
  }
}

const stopAll = (servers: Record<string, ServerProcess>) => Promise.all(Object.values(servers).map((s) => s.stop()));

type Timing = Awaited<ReturnType<typeof timeRoute>>;

async function compare(flags: Flags, refTree: string, scratch: string): Promise<string[]> {
  const trees = { ref: refTree, new: ROOT };
  const rows: Array<[Route, Timing]> = [];
  for (const [routes, env] of [
    [CACHED, {}],
    [COMPUTED, { ANSWER_CACHE_SIZE: '0' }],
  ] as const) {
    const servers = await startBoth(trees, flags.nodeFlags, scratch, env);
    try {
      for (const route of routes) rows.push([route, await timeRoute(servers, route, flags.rounds, flags.seconds)]);
    } finally {
      await stopAll(servers);
    }
  }
  const healthz = rows[0]![1].cpu;
  const show = (q: Quartiles) => [q.min, q.p25, q.median].map((v) => v.toFixed(0)).join(' / ');
  const over = (q: Quartiles, base: Quartiles) => `${(q.p25 / base.p25).toFixed(2)}x`;
  const flagged = flags.nodeFlags.length > 0 ? ` with ${flags.nodeFlags.join(' ')}` : '';
  return [
    `server CPU µs per request (all threads) and p99 latency, ${flags.rounds} alternating slices of ${flags.seconds} s; ref = ${flags.ref}, new = this tree${flagged}`,
    '',
    '| route (32 connections unless named) | ref CPU min / p25 / median | new CPU min / p25 / median | new / ref (p25) | over healthz (p25): ref / new | p99 ms min / p25 / median: ref; new |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([route, { cpu, p99 }]) =>
        `| ${route.label} | ${show(cpu.ref)} | ${show(cpu.new)} | ${(cpu.new.p25 / cpu.ref.p25).toFixed(2)} | ${over(cpu.ref, healthz.ref)} / ${over(cpu.new, healthz.new)} | ${show(p99.ref)}; ${show(p99.new)} |`,
    ),
  ];
}

async function main(argv: string[]): Promise<number> {
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (error) {
    process.stderr.write(`compare-server: ${(error as Error).message} (see --help)\n`);
    return 2;
  }
  if (!flags) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'compare-server-'));
  try {
    const refTree = extractRefTree(ROOT, flags.ref, [], scratch, 'compare-server');
    if (!refTree) return 2;
    // The ref runs on this tree's dependencies: a ref whose package.json differs is compared approximately.
    symlinkSync(join(ROOT, 'node_modules'), join(refTree, 'node_modules'));
    process.stdout.write(`${(await compare(flags, refTree, scratch)).join('\n')}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`compare-server: ${(error as Error).message}\n`);
    return 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
