import { countMeasures, type Policy, type Section } from '../corpus/section.js';
import type { Retriever } from '../retrieval/retrieve.js';
import { buildCitations } from './build-citations.js';
import { classifyMessage } from './classify-message.js';
import { composeOffline } from './compose-offline.js';
import { detectAsks } from './detect-asks.js';
import { validityNotices } from './notices.js';
import { resolveFollowup } from './resolve-followup.js';
import { selectSections } from './select-sections.js';
import type { AnswerDraft, ChatTurn } from './types.js';

export interface AnswerContext {
  policy: Policy;
  retrieve: Retriever;
  /** YYYY-MM-DD, for the validity notice. */
  today: string;
}

export interface Question {
  message: string;
  history?: ChatTurn[];
}

/** The one use case: a question (and its conversation) in, a grounded offline answer out. */
export async function answerOffline(
  context: AnswerContext,
  question: Question,
  options: { signal?: AbortSignal } = {},
): Promise<AnswerDraft> {
  const { policy } = context;
  const notices = validityNotices(policy.metadata, context.today);
  // Rule-based refusals need no search: nothing is embedded or ranked for them.
  const kind = classifyMessage(question.message);
  if (kind !== 'policy') {
    const retrieval = { strategy: 'hybrid' as const, hits: [], pinned: 0, group: null, missing: [], department: null };
    return { retrieval, query: question.message, notices, mode: 'offline', ...refusal(REFUSAL_FOR[kind], policy) };
  }
  const sectionsById = new Map<string, Section>(policy.sections.map((s) => [s.id, s]));
  const resolved = resolveFollowup(question.message, question.history ?? []);
  const asks = detectAsks(question.message);
  // "Is it still valid?" is about the policy's period, not the previous answer's measures.
  const carriedIds = asks.sections.length > 0 ? [] : resolved.carriedIds;
  const retrieval = await context.retrieve(question.message, {
    carriedIds,
    preferIds: asks.sections,
    context: resolved.context ?? undefined,
    signal: options.signal,
  });
  const query = resolved.context ? `${question.message} (after: ${resolved.context})` : question.message;
  const base = { retrieval, query, notices, mode: 'offline' as const };

  if (retrieval.missing.length > 0 && retrieval.pinned === 0) {
    return { ...base, ...refusal('missing', policy, retrieval.missing) };
  }
  const selected = selectSections(retrieval, asks);
  if (selected.length === 0) return { ...base, ...refusal('off_topic', policy) };

  const composed = composeOffline(question.message, retrieval, selected, sectionsById, asks);
  return {
    ...base,
    answer: composed.text,
    citations: buildCitations(composed.text, retrieval.hits, sectionsById, composed.quotes),
    refused: false,
  };
}

type RefusalReason = 'off_topic' | 'steer' | 'jurisdiction' | 'missing';

const REFUSAL_FOR = { injection: 'steer', other_jurisdiction: 'jurisdiction', other_task: 'off_topic' } as const;

function refusal(reason: RefusalReason, policy: Policy, missing: string[] = []) {
  const scope = `the Jing'an District measures for industrial development (${policy.metadata.documentNumber})`;
  const measures = countMeasures(policy.sections);
  const texts: Record<RefusalReason, string> = {
    off_topic: `I can only answer questions about ${scope}, and nothing in them covers this. Try asking, for example, which measures support biomedicine or who is responsible for technology finance.`,
    steer: `I can't do that: I only answer questions about ${scope}, from their text.`,
    jurisdiction: `I only cover ${scope}; for another district's or city's policy, please ask that government.`,
    missing: `${missing.join(' and ')} does not exist in ${scope}: the measures are numbered 1 to ${measures}, after four Overall Requirements.`,
  };
  return { answer: texts[reason], citations: [], refused: true };
}
