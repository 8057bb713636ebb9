import { parseConfig, resolveToday } from '../../src/core/config.js';
import { createLocalEmbedder } from '../../src/core/embedding/local-embedder.js';
import type { CaseAnswerer } from '../../src/evals/answerer.js';
import { createBaselineAnswerer } from '../../src/evals/baseline.js';
import { createNodeAnswerer } from '../../src/runtimes/node/create-node-deps.js';
import { loadCorpus, loadWordVectors } from '../../src/runtimes/node/load-corpus.js';

export const ENGLISH_QUESTION = 'Can a tech company get a loan backed by its patents?';
export const CHINESE_QUESTION = '科技企业可以用专利质押贷款吗？';
const ENGLISH_PROFILE = "We are a 40-person AI start-up in Jing'an; we need funding and office space, and want to hire PhDs.";
const CHINESE_PROFILE = '我们是静安区一家四十人的人工智能初创企业，需要融资和办公场地，还想招聘博士。';

/** What the rows call, in process; a function this checkout lacks is undefined and its rows print n/a. */
interface Core {
  answer(message: string): Promise<unknown>;
  baseline(message: string): Promise<unknown>;
  match?: (profile: string) => Promise<unknown>;
}

interface CoreRow {
  label: string;
  ours: (core: Core) => Promise<unknown> | undefined;
  /** The naive LangChain-style baseline on the same input, where it has an equivalent. */
  baseline?: (core: Core) => Promise<unknown>;
}

/** One line per row: a new figure is one more entry here. */
export const CORE_ROWS: CoreRow[] = [
  { label: 'answer, English question', ours: (c) => c.answer(ENGLISH_QUESTION), baseline: (c) => c.baseline(ENGLISH_QUESTION) },
  { label: 'answer, Chinese question', ours: (c) => c.answer(CHINESE_QUESTION), baseline: (c) => c.baseline(CHINESE_QUESTION) },
  { label: 'match, English company profile', ours: (c) => c.match?.(ENGLISH_PROFILE) },
  { label: 'match, Chinese company profile', ours: (c) => c.match?.(CHINESE_PROFILE) },
];

export interface CoreTiming {
  label: string;
  /** Mean microseconds per call; null when the function does not exist (yet). */
  oursUs: number | null;
  baselineUs: number | null;
}

/** Times every row in this process, offline, over the index already built in dataDir. */
export async function timeCore(dataDir: string): Promise<CoreTiming[]> {
  const core = await loadCore(dataDir);
  const timings: CoreTiming[] = [];
  for (const row of CORE_ROWS) {
    timings.push({
      label: row.label,
      oursUs: await timeCalls(() => row.ours(core)),
      baselineUs: row.baseline ? await timeCalls(() => row.baseline!(core)) : null,
    });
  }
  return timings;
}

async function loadCore(dataDir: string): Promise<Core> {
  // The answer cache off: every call is timed answering, not looking up.
  const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ANSWER_CACHE_SIZE: '0' });
  const { assistant, answer } = await createNodeAnswerer(config);
  const loaded = loadCorpus();
  const baseline = await createBaselineAnswerer(loaded.raw, assistant.corpus.sections, createLocalEmbedder(loadWordVectors()));
  return {
    answer: (message) => answer({ message, history: [] }),
    baseline: (message) => baseline(toEvalCase(message)),
    match: await loadMatcher({ corpus: assistant.corpus, retrieve: assistant.retrieve, today: resolveToday(config) }),
  };
}

const toEvalCase = (question: string): Parameters<CaseAnswerer>[0] => ({
  id: 'bench',
  question,
  expected: [],
  kind: 'conversation',
  refuse: false,
});

async function loadMatcher(context: object): Promise<Core['match']> {
  // Imported by a computed path so that a checkout without the matcher still runs the bench.
  const path = '../../src/core/match/match-company.js';
  const module = (await import(path).catch(() => null)) as {
    matchCompany?: (context: object, request: { profile: string }) => Promise<unknown>;
  } | null;
  const matchCompany = module?.matchCompany;
  return matchCompany ? (profile) => matchCompany(context, { profile }) : undefined;
}

/**
 * The JIT takes a few thousand calls to settle (an English answer: 131 us over its first 2000
 * calls, 82 us from then on), and a server has made them in its first seconds; the HTTP runs
 * are warmed up too. So each row is timed after it has run for WARM_UP_MS.
 */
const WARM_UP_MS = 500;
const MAX_CALLS = 2000;
const BUDGET_MS = 700;

/** Mean µs per call after a warm-up, within a time budget; null when the call is not available. */
async function timeCalls(call: () => Promise<unknown> | undefined): Promise<number | null> {
  const first = call();
  if (first === undefined) return null;
  await first;
  const warming = performance.now();
  while (performance.now() - warming < WARM_UP_MS) await call();
  const started = performance.now();
  let calls = 0;
  while (calls < MAX_CALLS && performance.now() - started < BUDGET_MS) {
    await call();
    calls++;
  }
  return ((performance.now() - started) * 1000) / calls;
}
