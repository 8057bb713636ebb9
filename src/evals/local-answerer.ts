import { resolveToday, type Config } from '../core/config.js';
import type { Section } from '../core/corpus/section.js';
import { matchCompany } from '../core/match/match-company.js';
import { createNodeAnswerer } from '../runtimes/node/create-node-deps.js';
import type { CaseAnswerer, CaseMatcher } from './answerer.js';
import { MATCH_RECALL_DEPTH } from './match-metrics.js';

export interface LocalTarget {
  answer: CaseAnswerer;
  match: CaseMatcher;
  sections: Section[];
  today: string;
}

/**
 * The assistant's own core, in process, answering exactly as the server would: LLM mode when
 * OPENAI_API_KEY is configured, offline otherwise, each case answered afresh (the answer cache is
 * off). The index is built in config.dataDir on first use.
 */
export async function createLocalAnswerer(config: Config, today = resolveToday(config)): Promise<LocalTarget> {
  const { assistant, answer } = await createNodeAnswerer({ ...config, policyToday: today, logLevel: 'warn', answerCacheSize: 0 });
  const { corpus, retrieve } = assistant;
  return {
    sections: corpus.sections,
    today,
    answer: async (evalCase) => {
      const draft = await answer({ message: evalCase.question, history: evalCase.history });
      return {
        retrieved: draft.retrieval.hits.map((hit) => hit.id),
        cited: draft.citations.map((citation) => citation.id),
        refused: draft.refused,
        answer: draft.answer,
        mode: draft.mode,
      };
    },
    match: async ({ profile, industry, needs, limit }) => {
      const result = await matchCompany({ corpus, retrieve, today }, { profile, industry, needs, limit: limit ?? MATCH_RECALL_DEPTH });
      return result.matches.map((m) => ({ id: m.id, need: m.reason.need, quote: m.reason.quote }));
    },
  };
}
