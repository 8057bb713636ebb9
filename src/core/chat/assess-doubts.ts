import type { AnswerDraft } from '../answer/types.js';
import { kindOfId } from '../corpus/section.js';
import type { Doubt } from '../storage/store.js';

/**
 * Measured on the English and Chinese dev sets' 229 ranked, cited answers: a runner-up at 0.8 of
 * the first citation's score flags 15 of them, 3 of the 7 that cite no expected section (0.9 flags
 * 3, none wrong). The preamble and the overall requirements are asked about outright ("when was it
 * issued", "which principle ..."), and then lead clearly (fused score 0.9 to 1); a weaker lead by
 * one ("2025年上海社保缴费基数是多少" -> Preamble at 0.77) is a question they do not answer.
 */
export const DOUBT_LIMITS = { closeRunnerUp: 0.8, clearGeneralLead: 0.9 };

/**
 * Why an operator should look at an answer nobody complained about: a section it did not cite
 * ranked nearly as high as the one it led with (`close_runner_up`), or it led with the preamble
 * or an overall requirement, which say what the policy is for rather than what it offers, without
 * their ranking clearly first (`general_section`). Only ranked answers are judged: a section the question named, a
 * department's or a heading's list, a refusal or a hand-off offer are what was asked for.
 */
export function assessDoubts(draft: Pick<AnswerDraft, 'refused' | 'citations' | 'retrieval' | 'handoff'>): Doubt[] {
  const [first] = draft.citations;
  if (draft.refused || draft.handoff || !first || draft.retrieval.strategy !== 'hybrid') return [];
  const doubts: Doubt[] = [];
  const cited = new Set(draft.citations.map((c) => c.id));
  const firstScore = draft.retrieval.hits.find((h) => h.id === first.id)?.score ?? first.score;
  const runnerUp = draft.retrieval.hits.find((h) => !cited.has(h.id));
  if (runnerUp && firstScore > 0 && runnerUp.score >= firstScore * DOUBT_LIMITS.closeRunnerUp) doubts.push('close_runner_up');
  const kind = kindOfId(first.id);
  if ((kind === 'preamble' || kind === 'requirement') && firstScore < DOUBT_LIMITS.clearGeneralLead) doubts.push('general_section');
  return doubts;
}
