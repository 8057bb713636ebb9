import type { EvalCase } from './dataset.js';
import type { CaseOutcome } from './metrics.js';

/** Why judgeCase failed a case, in words, for the report's failing-case list. */
export function explainFailure(c: EvalCase, o: CaseOutcome): string[] {
  const reasons: string[] = [];
  if (o.refused !== c.refuse) reasons.push(o.refused ? 'refused, but should answer' : 'answered, but should refuse');
  const missed = c.expected.filter((id) => !o.cited.includes(id));
  if (missed.length > 0) reasons.push(`did not cite ${missed.join(', ')}`);
  const extra = o.cited.filter((id) => !c.expected.includes(id));
  if (extra.length > 0) reasons.push(`also cited ${extra.join(', ')}`);
  const answer = o.answer.toLowerCase();
  const absent = (c.mention ?? []).filter((m) => !answer.includes(m.toLowerCase()));
  if (absent.length > 0) reasons.push(`does not mention ${absent.map((m) => `"${m}"`).join(', ')}`);
  if (!o.refused && o.groundedSentences < o.sentences) {
    reasons.push(`${o.sentences - o.groundedSentences} of ${o.sentences} sentences ungrounded`);
  }
  return reasons;
}
