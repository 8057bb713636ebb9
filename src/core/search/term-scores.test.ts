import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { BM25, compileTermScores } from './term-scores.js';

const DOCS = [
  { id: 'a', title: 'Patent loans', text: 'Loans backed by patents and trademarks for technology companies.' },
  { id: 'b', title: 'Talent', text: 'Housing for talents; loans for talents who start companies.' },
  { id: 'c', title: 'Office space', text: 'Rent subsidies for office space in parks and buildings.' },
  { id: 'd', title: 'Loans', text: 'Loans loans loans.' },
];
const BOOST = { title: 2 };

function build() {
  const search = new MiniSearch({ fields: ['title', 'text'], searchOptions: { boost: BOOST, bm25: BM25, combineWith: 'OR' } });
  search.addAll(DOCS);
  return search;
}

describe('precomputed term scores', () => {
  it('give MiniSearch exact scores, order and matched terms, repeated terms included', () => {
    const search = build();
    const scoreTerms = compileTermScores(search, BOOST);
    for (const query of ['loans', 'patent loans', 'loans for talents loans', 'office rent parks', 'nothing matches', '']) {
      const terms = query.split(' ').filter(Boolean);
      const expected = search.search(query).map((r) => ({ id: r.id, score: r.score, queryTerms: r.queryTerms }));
      expect(scoreTerms(terms)).toEqual(expected);
    }
  });

  it('gives the same first k with a limit as without, ties in the same order', () => {
    const words = ['loans', 'talents', 'office', 'patents', 'rent', 'companies', 'parks', 'housing'];
    const docs = Array.from({ length: 300 }, (_, i) => ({
      id: `d${i}`,
      title: words[i % words.length]!,
      text: Array.from({ length: 1 + (i % 7) }, (_, j) => words[(i * 3 + j * 5) % words.length]).join(' '),
    }));
    const search = new MiniSearch({ fields: ['title', 'text'], searchOptions: { boost: BOOST, bm25: BM25, combineWith: 'OR' } });
    search.addAll(docs);
    const scoreTerms = compileTermScores(search, BOOST);
    for (const terms of [['loans'], ['loans', 'rent'], ['parks', 'housing', 'talents'], words]) {
      const all = scoreTerms(terms);
      for (const k of [1, 5, 17, 64, 299, 1000]) expect(scoreTerms(terms, k).slice(0, k)).toEqual(all.slice(0, k));
    }
  });

  it('adds a fuzzy term scored by MiniSearch as MiniSearch would, up to the order of additions', () => {
    const search = build();
    const scoreTerms = compileTermScores(search, BOOST);
    const fuzzy = (term: string) => (term === 'techology' || term === 'subsidys' ? 0.2 : false);
    for (const query of ['techology loans', 'loans techology patents', 'subsidys techology', 'techology techology office']) {
      const terms = query.split(' ');
      const typos = terms.filter((term) => fuzzy(term) !== false);
      const matched = typos.map((term) => ({ term, hits: search.search(term, { fuzzy: 0.2 }) }));
      const got = scoreTerms(
        terms.filter((term) => fuzzy(term) === false),
        Number.POSITIVE_INFINITY,
        matched,
      );
      const expected = search.search(query, { fuzzy });
      expect(expected.some((r) => r.queryTerms.some((term) => typos.includes(term)))).toBe(true);
      expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      for (const [i, r] of got.entries()) {
        expect(r.score).toBeCloseTo(expected[i]!.score, 10);
        expect([...r.queryTerms].sort()).toEqual([...expected[i]!.queryTerms].sort());
      }
    }
  });
});
