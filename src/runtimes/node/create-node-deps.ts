import cluster from 'node:cluster';
import { join } from 'node:path';
import pino from 'pino';
import { createAnswerer, type Answerer } from '../../core/answer/create-answerer.js';
import type { ChannelDeps, ChannelRoutes } from '../../core/channel.js';
import { createChatService } from '../../core/chat/chat-service.js';
import { resolveToday, type Config } from '../../core/config.js';
import type { Logger } from '../../core/logger.js';
import { matchCompany } from '../../core/match/match-company.js';
import type { HttpObserver } from '../../channels/http/deps.js';
import { createMemoryBuckets, type RateBuckets } from '../../channels/http/rate-buckets.js';
import type { Store } from '../../core/storage/store.js';
import { createClusterBuckets } from './cluster-buckets.js';
import { createWidgetChannel } from '../../channels/widget/widget-routes.js';
import { createSlackChannel } from '../../channels/slack/slack-routes.js';
import { buildWidget } from './build-widget.js';
import { createAssistant, type NodeAssistant } from './create-assistant.js';
import { loadPrompts } from './load-prompts.js';
import { createNodeMetrics } from './metrics.js';
import { openSqliteStore } from './sqlite-store.js';

export interface NodeDeps extends ChannelDeps {
  assistant: NodeAssistant;
  /** This process's Prometheus metrics, served at GET /metrics. */
  observe: HttpObserver;
  rateBuckets: RateBuckets;
}

/**
 * Builds the Node runtime's dependencies: index on disk, SQLite in DATA_DIR or PostgreSQL at
 * DATABASE_URL, pino logs, the model if configured.
 */
export async function createNodeDeps(config: Config, options: { storeFile?: string } = {}): Promise<NodeDeps> {
  const logger = pino({ level: config.logLevel });
  const { store, rateBuckets } = await openStorage(config, logger, options.storeFile);
  const { assistant, answer } = await createNodeAnswerer(config, logger);
  // Counted around the core, so answers, feedback and matches from every channel reach /metrics.
  const deps: NodeDeps = createNodeMetrics().instrument({
    config,
    corpus: assistant.corpus,
    store,
    logger,
    chat: createChatService({ answer, store }),
    match: createNodeMatcher(config, assistant),
    assistant,
    rateBuckets,
  });
  if (config.slack?.handoffChannel) {
    // The HTTP API posts hand-offs through this port; it never imports Slack itself.
    const { createSlackHandoffDesk } = await import('../../channels/slack/handoff-desk.js');
    deps.handoffDesk = createSlackHandoffDesk(deps);
  }
  return deps;
}

/**
 * PostgreSQL when DATABASE_URL is set, shared with the other instances, rate-limit buckets
 * included. Otherwise SQLite, with buckets in this process, or in the primary when this is one
 * of the workers of `--workers N`.
 */
async function openStorage(config: Config, logger: Logger, storeFile?: string): Promise<{ store: Store; rateBuckets: RateBuckets }> {
  if (config.databaseUrl) {
    // Loaded only when configured, like Slack: a SQLite deployment never reads the client.
    const { openPostgresStore } = await import('./postgres-store.js');
    const { store, buckets } = await openPostgresStore(config.databaseUrl, { logger });
    return { store, rateBuckets: buckets };
  }
  const store = openSqliteStore(storeFile ?? join(config.dataDir, 'assistant.db'));
  return { store, rateBuckets: cluster.isWorker ? createClusterBuckets() : createMemoryBuckets() };
}

/** Matching searches with the answerer's corpus and retriever; it never calls a model. */
function createNodeMatcher(config: Config, assistant: NodeAssistant): NodeDeps['match'] {
  const { corpus, retrieve } = assistant;
  return (request) => matchCompany({ corpus, retrieve, today: resolveToday(config) }, request);
}

/** The channels the Node server mounts beside the API: the widget, and Slack when it is configured. */
export async function createNodeChannels(deps: NodeDeps): Promise<ChannelRoutes[]> {
  const channels = [createWidgetChannel(await buildWidget(), { publicUrl: deps.config.publicUrl })];
  if (deps.config.slack) {
    // Bolt is loaded only when Slack is configured: it costs most of a second at start-up.
    const { createSlackHandler } = await import('../../channels/slack/create-slack-app.js');
    channels.push(createSlackChannel(createSlackHandler(deps)));
  }
  return channels;
}

/** The answerer the server uses, also used by the eval runner so both answer alike. */
export async function createNodeAnswerer(
  config: Config,
  logger: Logger = pino({ level: config.logLevel }),
): Promise<{ assistant: NodeAssistant; answer: Answerer }> {
  const assistant = await loadAssistant(config, logger);
  const answer = await createAnswerer(config, {
    corpus: assistant.corpus,
    retrieve: assistant.retrieve,
    logger,
    loadPrompts,
    today: () => resolveToday(config),
  });
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
