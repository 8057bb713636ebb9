import { describe, expect, it } from 'vitest';
import type { RetrievalHit } from '../retrieval/types.js';
import { rankEvidence, type QueryHits } from './rank-evidence.js';

const hit = (id: string, score: number, dense = 0.7, lexical = 30): RetrievalHit => ({ id, score, dense, lexical, coverage: 0 });

describe('rankEvidence', () => {
  it('merges searches per measure, rewarding a measure that several searches rank high, dropping weak ones', () => {
    const results: QueryHits[] = [
      { kind: 'profile', need: null, hits: [hit('M30', 1), hit('M15', 0.7), hit('M22', 0.62)] },
      { kind: 'need', need: 'financing', hits: [hit('M15', 1), hit('M10', 0.9)] },
      { kind: 'need', need: 'rnd', hits: [hit('M30', 1), hit('M36', 0.5)] },
    ];
    const ranked = rankEvidence(results);
    expect(ranked.map((m) => m.id)).toEqual(['M30', 'M15', 'M10']);
    expect(ranked[0]).toEqual({ id: 'M30', needs: ['rnd'], score: 1.075 });
    expect(ranked.find((m) => m.id === 'M15')!.needs).toEqual(['financing']);
  });

  it('returns nothing when the description matches no measure clearly, whatever the need searches find', () => {
    const weak = (id: string, score: number) => hit(id, score, 0.5, 5);
    const results: QueryHits[] = [
      { kind: 'profile', need: null, hits: [weak('M4', 1), weak('M13', 0.5)] },
      { kind: 'need', need: 'financing', hits: [hit('M15', 1, 0.8, 250), hit('M10', 0.9, 0.8, 200)] },
    ];
    expect(rankEvidence(results)).toEqual([]);
  });

  it('accepts a moderate description match that a need search agrees on', () => {
    const results: QueryHits[] = [
      { kind: 'profile', need: null, hits: [hit('M41', 1, 0.58, 17)] },
      { kind: 'need', need: 'talent', hits: [hit('M41', 1, 0.8, 200)] },
    ];
    expect(rankEvidence(results).map((m) => m.id)).toEqual(['M41']);
  });
});
