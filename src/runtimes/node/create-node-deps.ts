import { join } from 'node:path';
import pino from 'pino';
import { answerWithLlm } from '../../core/answer/answer-llm.js';
import { answerOffline } from '../../core/answer/answer-question.js';
import { createChatService, type Answerer } from '../../core/chat/chat-service.js';
import { resolveToday, type Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import type { AppDeps } from '../../channels/http/deps.js';
import { createAssistant, type NodeAssistant } from './create-assistant.js';
import { describePromptVersions } from '../../core/llm/prompts.js';
import { loadPrompts } from './load-prompts.js';
import { openSqliteStore } from './sqlite-store.js';

export interface NodeDeps extends AppDeps {
  assistant: NodeAssistant;
}

/** Builds the Node runtime's dependencies: index on disk, SQLite in DATA_DIR, pino logs, the model if configured. */
export async function createNodeDeps(config: Config, options: { storeFile?: string } = {}): Promise<NodeDeps> {
  const logger = pino({ level: config.logLevel });
  const store = openSqliteStore(options.storeFile ?? join(config.dataDir, 'assistant.db'));
  const { assistant, answer } = await createNodeAnswerer(config, logger);
  const core = { config, policy: assistant.policy, store, logger, chat: createChatService({ answer, store }) };
  // Bolt is loaded only when Slack is configured: it costs most of a second at start-up.
  const slack = config.slack ? (await import('../../channels/slack/create-slack-app.js')).createSlackHandler(core) : undefined;
  return { ...core, assistant, slack };
}

/** The answerer the server uses: LLM mode when a key is configured, else offline. The eval runner uses it too. */
export async function createNodeAnswerer(
  config: Config,
  logger: Logger = pino({ level: config.logLevel }),
): Promise<{ assistant: NodeAssistant; answer: Answerer }> {
  const assistant = await loadAssistant(config, logger);
  const base = { policy: assistant.policy, retrieve: assistant.retrieve };
  if (!config.openai) {
    return { assistant, answer: (question) => answerOffline({ ...base, today: resolveToday(config) }, question) };
  }
  const { timeoutMs } = config.openai;
  // The openai SDK is loaded only in LLM mode; offline start-up does not pay for it.
  const { createOpenAiChatModel } = await import('../../core/llm/chat-model.js');
  const model = createOpenAiChatModel({ ...config.openai });
  const prompts = loadPrompts();
  logger.info({ model: config.openai.model, prompts: describePromptVersions(prompts) }, 'LLM mode');
  const answer: Answerer = (question, options) =>
    answerWithLlm({ ...base, today: resolveToday(config), model, prompts, timeoutMs, logger }, question, options);
  return { assistant, answer };
}

/** With a key, vectors come from the configured embeddings model; if that fails the local embedder keeps the service up. */
async function loadAssistant(config: Config, logger: Logger): Promise<NodeAssistant> {
  if (!config.openai) return createAssistant(config);
  const { apiKey, baseUrl, embeddingModel, timeoutMs } = config.openai;
  const { createOpenAiEmbedder } = await import('../../core/embedding/openai-embedder.js');
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
