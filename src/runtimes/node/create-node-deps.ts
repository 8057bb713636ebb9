import { join } from 'node:path';
import pino from 'pino';
import { answerOffline } from '../../core/answer/answer-question.js';
import { createChatService } from '../../core/chat/chat-service.js';
import { resolveToday, type Config } from '../../core/config.js';
import type { AppDeps } from '../../channels/http/deps.js';
import { createAssistant, type NodeAssistant } from './create-assistant.js';
import { openSqliteStore } from './sqlite-store.js';

export interface NodeDeps extends AppDeps {
  assistant: NodeAssistant;
}

/** Builds the Node runtime's dependencies: index on disk, SQLite in DATA_DIR, pino logs. */
export async function createNodeDeps(config: Config, options: { storeFile?: string } = {}): Promise<NodeDeps> {
  const logger = pino({ level: config.logLevel });
  const store = openSqliteStore(options.storeFile ?? join(config.dataDir, 'assistant.db'));
  const assistant = await createAssistant(config);
  const answer = (question: Parameters<typeof answerOffline>[1]) =>
    answerOffline({ policy: assistant.policy, retrieve: assistant.retrieve, today: resolveToday(config) }, question);
  return { config, policy: assistant.policy, store, logger, assistant, chat: createChatService({ answer, store }) };
}
