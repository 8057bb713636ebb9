import type { AppDeps } from '../../channels/http/deps.js';
import { createAnswerer } from '../../core/answer/create-answerer.js';
import { createChatService } from '../../core/chat/chat-service.js';
import { parseConfig, resolveToday, type Config } from '../../core/config.js';
import type { Prompts } from '../../core/llm/prompts.js';
import { matchCompany } from '../../core/match/match-company.js';
import type { BundledIndex } from './bundled-index.js';
import { createConsoleLogger } from './console-logger.js';
import { createD1Store } from './d1-store.js';
import type { D1Database } from './d1-types.js';

/** Bindings from wrangler.toml: the D1 database, [vars] and secrets (all strings). */
export type WorkerEnv = { DB: D1Database } & Record<string, unknown>;

/** The Workers runtime's dependencies: the bundled index, D1, console logs, the model through fetch if configured. */
export async function createWorkerDeps(env: WorkerEnv, index: BundledIndex, prompts: Prompts): Promise<AppDeps> {
  const config = readConfig(env);
  const logger = createConsoleLogger(config.logLevel);
  const store = createD1Store(env.DB);
  // Retrieval stays local either way (see docs/workers.md).
  const answer = await createAnswerer(config, {
    corpus: index.corpus,
    retrieve: index.retrieve,
    logger,
    loadPrompts: () => prompts,
    today: () => resolveToday(config),
    fetch,
  });
  const { corpus, retrieve } = index;
  const match: AppDeps['match'] = (request) => matchCompany({ corpus, retrieve, today: resolveToday(config) }, request);
  return { config, corpus, store, logger, chat: createChatService({ answer, store }), match };
}

/** [vars] and secrets arrive as strings beside the bindings; only the strings are settings. */
export function readConfig(env: WorkerEnv): Config {
  return parseConfig(Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
}
