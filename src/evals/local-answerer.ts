import { answerOffline } from '../core/answer/answer-question.js';
import { resolveToday, type Config } from '../core/config.js';
import type { Section } from '../core/corpus/section.js';
import { createAssistant } from '../runtimes/node/create-assistant.js';
import type { Answerer } from './answerer.js';

export interface LocalTarget {
  answer: Answerer;
  sections: Section[];
  today: string;
}

/** The assistant's own offline core, in process: the index is built in config.dataDir on first use. */
export async function createLocalAnswerer(config: Config, today = resolveToday(config)): Promise<LocalTarget> {
  const assistant = await createAssistant(config);
  const context = { policy: assistant.policy, retrieve: assistant.retrieve, today };
  return {
    sections: assistant.policy.sections,
    today,
    answer: async (evalCase) => {
      const draft = await answerOffline(context, { message: evalCase.question, history: evalCase.history });
      return {
        retrieved: draft.retrieval.hits.map((hit) => hit.id),
        cited: draft.citations.map((citation) => citation.id),
        refused: draft.refused,
        answer: draft.answer,
      };
    },
  };
}
