import type { RetrievalHit } from './types.js';

/** A follow-up's own words weigh more than the conversation's: "and for elderly care?" is about elderly care. */
const OWN_WEIGHT = 0.7;

/** Mixes a follow-up's own ranking with its ranking in context; the signals keep their best value. */
export function blend(own: RetrievalHit[], inContext: RetrievalHit[]): RetrievalHit[] {
  const other = new Map(inContext.map((h) => [h.id, h]));
  return own
    .map((h) => {
      const o = other.get(h.id);
      if (!o) return h;
      return {
        ...h,
        score: round(OWN_WEIGHT * h.score + (1 - OWN_WEIGHT) * o.score),
        dense: Math.max(h.dense, o.dense),
        lexical: Math.max(h.lexical, o.lexical),
        coverage: Math.max(h.coverage, o.coverage),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** Puts `ids` first, in their order and with score 1, keeping their measured signals. */
export function promote(ranked: RetrievalHit[], ids: string[]): RetrievalHit[] {
  // Most questions pin nothing: no map of the ranking for that.
  if (ids.length === 0) return ranked.slice();
  const unique = [...new Set(ids)];
  const byId = new Map(ranked.map((h) => [h.id, h]));
  const front = unique.map((id) => ({ ...(byId.get(id) ?? { id, dense: 0, lexical: 0, coverage: 0 }), score: 1 }));
  return [...front, ...ranked.filter((h) => !unique.includes(h.id))];
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
