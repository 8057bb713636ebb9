import type { Config } from '../config.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Prompts } from '../llm/prompts.js';
import { describePromptVersions } from '../llm/prompts.js';
import type { Logger } from '../logger.js';
import type { Retriever } from '../retrieval/types.js';
import { answerWithLlm } from './answer-llm.js';
import { cacheAnswers } from './cache-answers.js';
import { toSimplified } from '../text/to-simplified.js';
import { answerOffline, type Question } from './answer-offline.js';
import type { AnswerDraft } from './types.js';

export interface AnswerOptions {
  /** Receives verified answer text as it is generated (LLM mode); the final Answer is authoritative. */
  onDelta?: (text: string) => void;
  /** Aborted when the caller goes away (a client disconnect), ending any model call. */
  signal?: AbortSignal;
}

/** Question in, answer draft out: offline, or written by a model and verified. */
export type Answerer = (question: Question, options?: AnswerOptions) => Promise<AnswerDraft>;

export interface AnswererDeps {
  corpus: Corpus;
  retrieve: Retriever;
  logger: Logger;
  /** The prompt files, read by each runtime its own way (disk, bundle); needed only in LLM mode. */
  loadPrompts: () => Prompts;
  /** Today's date, YYYY-MM-DD, for validity notices: read per answer so a long-running server moves on. */
  today: () => string;
  /** Injected on Workers and in tests. */
  fetch?: typeof fetch;
}

/**
 * The one place that chooses how questions are answered, for Node, Workers and the eval runner:
 * LLM mode when a key is configured, else offline (answers to repeated first questions cached).
 */
export async function createAnswerer(config: Pick<Config, 'openai' | 'answerCacheSize'>, deps: AnswererDeps): Promise<Answerer> {
  const answer = await chooseAnswerer(config, deps);
  return (question, options) => answer(simplified(question), options);
}

/** Questions in traditional characters are read in simplified ones, like the text (assistant turns already are). */
function simplified(question: Question): Question {
  return {
    message: toSimplified(question.message),
    history: question.history?.map((turn) => (turn.role === 'user' ? { ...turn, content: toSimplified(turn.content) } : turn)),
  };
}

async function chooseAnswerer(config: Pick<Config, 'openai' | 'answerCacheSize'>, deps: AnswererDeps): Promise<Answerer> {
  const { corpus, retrieve } = deps;
  if (!config.openai) {
    const offline: Answerer = (question) => answerOffline({ corpus, retrieve, today: deps.today() }, question);
    return config.answerCacheSize > 0 ? cacheAnswers(offline, { size: config.answerCacheSize, today: deps.today }) : offline;
  }
  // The openai SDK is loaded only in LLM mode; offline start-up does not pay for it.
  const { createOpenAiChatModel } = await import('../llm/chat-model.js');
  const model = createOpenAiChatModel({ ...config.openai, fetch: deps.fetch });
  const prompts = deps.loadPrompts();
  deps.logger.info({ model: config.openai.model, prompts: describePromptVersions(prompts) }, 'LLM mode');
  const { timeoutMs } = config.openai;
  return (question, options) =>
    answerWithLlm({ corpus, retrieve, today: deps.today(), model, prompts, timeoutMs, logger: deps.logger }, question, options);
}
