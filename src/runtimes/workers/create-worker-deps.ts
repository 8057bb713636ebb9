import type { AppDeps } from '../../channels/http/deps.js';
import { answerWithLlm } from '../../core/answer/answer-llm.js';
import { answerOffline } from '../../core/answer/answer-question.js';
import { createChatService, type Answerer } from '../../core/chat/chat-service.js';
import { parseConfig, resolveToday, type Config } from '../../core/config.js';
import { createOpenAiChatModel } from '../../core/llm/chat-model.js';
import type { Prompts } from '../../core/llm/prompts.js';
import type { Logger } from '../../core/logger.js';
import type { BundledIndex } from './bundled-index.js';
import { createConsoleLogger } from './console-logger.js';
import { createD1Store } from './d1-store.js';
import type { D1Database } from './d1-types.js';

/** Bindings from wrangler.toml: the D1 database, [vars] and secrets (all strings). */
export type WorkerEnv = { DB: D1Database } & Record<string, unknown>;

/** The Workers runtime's dependencies: the bundled index, D1, console logs, the model through fetch if configured. */
export function createWorkerDeps(env: WorkerEnv, index: BundledIndex, prompts: Prompts): AppDeps {
  const config = readConfig(env);
  const logger = createConsoleLogger(config.logLevel);
  const store = createD1Store(env.DB);
  return { config, policy: index.policy, store, logger, chat: createChatService({ answer: createAnswerer(config, index, prompts, logger), store }) };
}

/** [vars] and secrets arrive as strings beside the bindings; only the strings are settings. */
export function readConfig(env: WorkerEnv): Config {
  return parseConfig(Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string')));
}

/** As on Node: LLM mode when a key is configured, else offline. Retrieval stays local either way (see README). */
function createAnswerer(config: Config, index: BundledIndex, prompts: Prompts, logger: Logger): Answerer {
  const base = { policy: index.policy, retrieve: index.retrieve };
  if (!config.openai) return (question) => answerOffline({ ...base, today: resolveToday(config) }, question);
  const { timeoutMs } = config.openai;
  const model = createOpenAiChatModel({ ...config.openai, fetch });
  return (question, options) =>
    answerWithLlm({ ...base, today: resolveToday(config), model, prompts, timeoutMs, logger }, question, options);
}
