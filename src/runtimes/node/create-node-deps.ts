import { join } from 'node:path';
import pino from 'pino';
import { answerWithLlm } from '../../core/answer/answer-llm.js';
import { answerOffline } from '../../core/answer/answer-question.js';
import { createChatService, type Answerer } from '../../core/chat/chat-service.js';
import { resolveToday, type Config } from '../../core/config.js';
import { createOpenAiEmbedder } from '../../core/embedding/openai-embedder.js';
import { createOpenAiChatModel } from '../../core/llm/chat-model.js';
import type { Logger } from '../../core/logger.js';
import type { AppDeps } from '../../channels/http/deps.js';
import { createAssistant, type NodeAssistant } from './create-assistant.js';
import { loadPrompts } from './load-prompts.js';
import { openSqliteStore } from './sqlite-store.js';

export interface NodeDeps extends AppDeps {
  assistant: NodeAssistant;
}

/** Builds the Node runtime's dependencies: index on disk, SQLite in DATA_DIR, pino logs, the model if configured. */
export async function createNodeDeps(config: Config, options: { storeFile?: string } = {}): Promise<NodeDeps> {
  const logger = pino({ level: config.logLevel });
  const store = openSqliteStore(options.storeFile ?? join(config.dataDir, 'assistant.db'));
  const assistant = await loadAssistant(config, logger);
  const base = { policy: assistant.policy, retrieve: assistant.retrieve };
  let answer: Answerer = (question) => answerOffline({ ...base, today: resolveToday(config) }, question);
  if (config.openai) {
    const { openai } = config;
    const model = createOpenAiChatModel({ ...openai });
    const prompts = loadPrompts();
    answer = (question, opts) =>
      answerWithLlm({ ...base, today: resolveToday(config), model, prompts, timeoutMs: openai.timeoutMs, logger }, question, opts);
  }
  return { config, policy: assistant.policy, store, logger, assistant, chat: createChatService({ answer, store }) };
}

/** With a key, vectors come from the configured embeddings model; if that fails the local embedder keeps the service up. */
async function loadAssistant(config: Config, logger: Logger): Promise<NodeAssistant> {
  if (!config.openai) return createAssistant(config);
  const { apiKey, baseUrl, embeddingModel, timeoutMs } = config.openai;
  try {
    return await createAssistant(config, {
      embedder: createOpenAiEmbedder({ apiKey, baseUrl, model: embeddingModel, timeoutMs }),
      onDenseError: (error) => logger.warn({ reason: (error as Error).message }, 'query embedding failed; lexical ranking only'),
    });
  } catch (error) {
    logger.warn({ reason: (error as Error).message }, 'embeddings endpoint failed; using the local embedder');
    return createAssistant(config);
  }
}
