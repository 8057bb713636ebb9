import type { RetrievalHit } from './types.js';

/** Averages a follow-up's own ranking with its ranking in context; the signals keep their best value. */
export function blend(own: RetrievalHit[], inContext: RetrievalHit[]): RetrievalHit[] {
  const other = new Map(inContext.map((h) => [h.id, h]));
  return own
    .map((h) => {
      const o = other.get(h.id);
      if (!o) return h;
      return {
        ...h,
        score: round((h.score + o.score) / 2),
        dense: Math.max(h.dense, o.dense),
        lexical: Math.max(h.lexical, o.lexical),
        native: Math.max(h.native, o.native),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** Puts `ids` first, in their order and with score 1, keeping their measured signals. */
export function promote(ranked: RetrievalHit[], ids: string[]): RetrievalHit[] {
  const unique = [...new Set(ids)];
  const byId = new Map(ranked.map((h) => [h.id, h]));
  const front = unique.map((id) => ({ ...(byId.get(id) ?? { id, dense: 0, lexical: 0, native: 0 }), score: 1 }));
  return [...front, ...ranked.filter((h) => !unique.includes(h.id))];
}

/** Each section's first hit; the hits come sorted best first, so that is its best chunk. */
export function bestPerSection<T extends { sectionId: string; score: number }>(hits: T[]): Map<string, T> {
  const best = new Map<string, T>();
  for (const hit of hits) if (!best.has(hit.sectionId)) best.set(hit.sectionId, hit);
  return best;
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
