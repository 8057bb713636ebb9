import type MiniSearch from 'minisearch';

/** MiniSearch's BM25+ defaults, passed to it explicitly so that the table below scores alike. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface TermHit {
  id: string | number;
  score: number;
  /** The distinct query terms the document matched, as MiniSearch's `queryTerms`. */
  queryTerms: string[];
}

interface Posting {
  doc: number;
  score: number;
}

/**
 * MiniSearch's exact-term OR search with every term's BM25+ score per document computed once,
 * at load: the index never changes after it is built, so a query only adds numbers. The sums
 * run in MiniSearch's order (per term, fields in order; terms in query order; documents in the
 * order they were first matched, ties kept in that order), so scores and ranking are the same
 * to the last bit. Prefix and fuzzy matching are not covered: callers use MiniSearch for those.
 */
export function compileTermScores(search: MiniSearch, boost: Record<string, number>): (terms: string[]) => TermHit[] {
  const json = search.toJSON();
  const fields = Object.entries(json.fieldIds);
  const table = new Map<string, Posting[]>();
  for (const [term, byField] of json.index) {
    const scores = new Map<number, number>();
    for (const [field, fieldId] of fields) {
      // Documents come in ascending short id, the order MiniSearch added them in.
      const freqs = byField[fieldId];
      if (!freqs) continue;
      const matching = Object.keys(freqs).length;
      for (const [doc, freq] of Object.entries(freqs)) {
        const length = json.fieldLength[doc]![fieldId]!;
        // MiniSearch multiplies in term weight, term boost and document boost, all 1 here.
        const weighted = (boost[field] || 1) * score(freq, matching, json.documentCount, length, json.averageFieldLength[fieldId]!);
        const previous = scores.get(Number(doc));
        scores.set(Number(doc), previous === undefined ? weighted : previous + weighted);
      }
    }
    table.set(
      term,
      [...scores].map(([doc, value]) => ({ doc, score: value })),
    );
  }
  const ids = new Map(Object.entries(json.documentIds).map(([doc, id]) => [Number(doc), id as string | number]));

  return (terms) => {
    const hits = new Map<number, { score: number; queryTerms: string[] }>();
    for (const term of terms) {
      for (const { doc, score } of table.get(term) ?? []) {
        const hit = hits.get(doc);
        if (!hit) hits.set(doc, { score, queryTerms: [term] });
        else {
          hit.score = hit.score + score;
          if (!hit.queryTerms.includes(term)) hit.queryTerms.push(term);
        }
      }
    }
    const results: TermHit[] = [];
    for (const [doc, { score, queryTerms }] of hits)
      results.push({ id: ids.get(doc)!, score: score * (queryTerms.length || 1), queryTerms });
    return results.sort((a, b) => b.score - a.score);
  };
}

/** MiniSearch's calcBM25Score, term for term. */
function score(freq: number, matching: number, total: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)));
}
