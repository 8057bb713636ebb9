import type { EvalCase, MatchCase } from './dataset.js';
import { MATCH_RECALL_DEPTH, type MatchOutcome } from './match-metrics.js';
import { type CaseOutcome, missingFacts } from './metrics.js';

/** Why judgeCase failed a case, in words, for the report's case list. */
export function explainFailure(c: EvalCase, o: CaseOutcome): string[] {
  const reasons: string[] = [];
  if (o.refused !== c.refuse) reasons.push(o.refused ? 'refused, but should answer' : 'answered, but should refuse');
  const missed = c.expected.filter((id) => !o.cited.includes(id));
  if (missed.length > 0) reasons.push(`did not cite ${missed.join(', ')}`);
  const extra = o.cited.filter((id) => !c.expected.includes(id));
  if (extra.length > 0)
    reasons.push(
      c.expected.length === 0 && !c.refuse ? `should cite nothing, cited ${extra.join(', ')}` : `also cited ${extra.join(', ')}`,
    );
  const answer = o.answer.toLowerCase();
  const absent = (c.mention ?? []).filter((m) => !answer.includes(m.toLowerCase()));
  if (absent.length > 0) reasons.push(`does not mention ${absent.map((m) => `"${m}"`).join(', ')}`);
  const facts = missingFacts(c, o.answer);
  if (facts.length > 0) reasons.push(`does not state ${facts.map((f) => `"${f}"`).join(', ')}`);
  if (!o.refused && o.groundedSentences < o.sentences) {
    reasons.push(`${o.sentences - o.groundedSentences} of ${o.sentences} sentences ungrounded`);
  }
  return reasons;
}

/** Why judgeMatch failed a profile. */
export function explainMatchFailure(c: MatchCase, o: MatchOutcome): string[] {
  const ids = o.matches.map((m) => m.id);
  if (c.expected.length === 0) return ids.length > 0 ? [`the policy does not serve this company, but matched ${ids.join(', ')}`] : [];
  const missed = c.expected.filter((id) => !ids.slice(0, MATCH_RECALL_DEPTH).includes(id));
  return missed.length > 0 ? [`${missed.join(', ')} not among the first ${MATCH_RECALL_DEPTH} matches`] : [];
}
