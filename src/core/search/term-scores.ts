import type MiniSearch from 'minisearch';

/** MiniSearch's BM25+ defaults, passed to it explicitly so that the table below scores alike. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface TermHit {
  id: string | number;
  score: number;
  /** The distinct query terms the document matched, as MiniSearch's `queryTerms`. */
  queryTerms: string[];
}

/**
 * MiniSearch's exact-term OR search with every term's BM25+ score per document computed once,
 * at load: the index never changes after it is built, so a query only adds numbers. The sums
 * run in MiniSearch's order (per term, fields in order; terms in query order; documents in the
 * order they were first matched, ties kept in that order), so scores and ranking are the same
 * to the last bit. Prefix and fuzzy matching are not covered: a caller passes such a term's
 * scores from MiniSearch as `matched`, and they are added after the table's terms (the sums then
 * equal MiniSearch's up to the order of the additions).
 */
/** One query term's own scores per document, from MiniSearch (a fuzzy match the table cannot make). */
export interface TermMatches {
  term: string;
  hits: Array<{ id: string | number; score: number }>;
}

export type ScoreTerms = (terms: string[], k?: number, matched?: TermMatches[]) => TermHit[];

export function compileTermScores(search: MiniSearch, boost: Record<string, number>): ScoreTerms {
  const json = search.toJSON();
  const fields = Object.entries(json.fieldIds);
  const table = new Map<string, { docs: Int32Array; scores: Float64Array }>();
  let size = 0;
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
        size = Math.max(size, Number(doc) + 1);
      }
    }
    table.set(term, { docs: Int32Array.from(scores.keys()), scores: Float64Array.from(scores.values()) });
  }
  const ids = new Map(Object.entries(json.documentIds).map(([doc, id]) => [Number(doc), id as string | number]));
  // Reused by every query: sums and matched terms per document, reset for the documents touched.
  const sums = new Float64Array(size);
  const matched: Array<string[] | undefined> = new Array(size);

  const docOf = new Map([...ids].map(([doc, id]) => [id, doc]));

  return (terms, k = Number.POSITIVE_INFINITY, extra = []) => {
    const touched: number[] = [];
    const add = (doc: number, term: string, value: number) => {
      const seen = matched[doc];
      if (!seen) {
        touched.push(doc);
        matched[doc] = [term];
        sums[doc] = value;
      } else {
        sums[doc] = sums[doc]! + value;
        if (!seen.includes(term)) seen.push(term);
      }
    };
    for (const term of terms) {
      const postings = table.get(term);
      if (!postings) continue;
      for (let i = 0; i < postings.docs.length; i++) add(postings.docs[i]!, term, postings.scores[i]!);
    }
    for (const { term, hits } of extra) for (const hit of hits) add(docOf.get(hit.id)!, term, hit.score);
    const final = touched.map((doc) => sums[doc]! * matched[doc]!.length);
    // Only documents that can reach the first k are built and sorted; ties keep first-matched order.
    const floor = touched.length > k ? kthLargest(final, k) : Number.NEGATIVE_INFINITY;
    const results: TermHit[] = [];
    touched.forEach((doc, i) => {
      if (final[i]! >= floor) results.push({ id: ids.get(doc)!, score: final[i]!, queryTerms: matched[doc]! });
      matched[doc] = undefined;
    });
    return results.sort((a, b) => b.score - a.score);
  };
}

/** The k-th largest of the values (k >= 1), by selection on a copy: linear on average. */
function kthLargest(values: number[], k: number): number {
  const copy = Float64Array.from(values);
  let low = 0;
  let high = copy.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = copy[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (copy[i]! > pivot) i++;
      while (copy[j]! < pivot) j--;
      if (i <= j) {
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return copy[target]!;
}

/** MiniSearch's calcBM25Score, term for term. */
function score(freq: number, matching: number, total: number, length: number, average: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * length) / average)));
}
