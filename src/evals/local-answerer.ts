import { resolveToday, type Config } from '../core/config.js';
import type { Section } from '../core/corpus/section.js';
import { createNodeAnswerer } from '../runtimes/node/create-node-deps.js';
import type { CaseAnswerer } from './answerer.js';

export interface LocalTarget {
  answer: CaseAnswerer;
  sections: Section[];
  today: string;
}

/**
 * The assistant's own core, in process, answering exactly as the server would: LLM mode when
 * OPENAI_API_KEY is configured, offline otherwise. The index is built in config.dataDir on first use.
 */
export async function createLocalAnswerer(config: Config, today = resolveToday(config)): Promise<LocalTarget> {
  const { assistant, answer } = await createNodeAnswerer({ ...config, policyToday: today, logLevel: 'warn' });
  return {
    sections: assistant.corpus.sections,
    today,
    answer: async (evalCase) => {
      const draft = await answer({ message: evalCase.question, history: evalCase.history });
      return {
        retrieved: draft.retrieval.hits.map((hit) => hit.id),
        cited: draft.citations.map((citation) => citation.id),
        refused: draft.refused,
        answer: draft.answer,
      };
    },
  };
}
