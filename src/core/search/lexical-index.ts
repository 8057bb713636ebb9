import MiniSearch from 'minisearch';
import { chunkSearchText, type Chunk } from '../corpus/chunk.js';
import { isStopword, stem, tokenize } from '../text/tokenize.js';
import { BM25, compileTermScores } from './term-scores.js';

export interface LexicalHit {
  index: number;
  score: number;
}

export interface LexicalIndex {
  /** `exact`: no typo tolerance, for queries built from our own word lists (fuzzy matching is the costly part). */
  search(query: string, k: number, options?: { exact?: boolean }): LexicalHit[];
  toJSON(): unknown;
}

interface Doc {
  index: number;
  heading: string;
  text: string;
}

const processTerm = (term: string) => (isStopword(term) ? null : stem(term));
const BOOST = { heading: 2 };

/**
 * Typo tolerance for long words the text does not contain ("eldery", "inteligence"): fuzzy
 * matching walks the whole index for a term, so words the text has are looked up exactly.
 */
function optionsFor(chunks: Chunk[]) {
  const vocabulary = new Set(chunks.flatMap((chunk) => tokenize(chunkSearchText(chunk)).map(processTerm)));
  const fuzzy = (term: string) => (term.length > 6 && !vocabulary.has(term) ? 0.15 : false);
  return {
    fields: ['heading', 'text'],
    idField: 'index',
    tokenize: (text: string) => tokenize(text),
    processTerm,
    searchOptions: {
      boost: BOOST,
      bm25: BM25,
      combineWith: 'OR' as const,
      fuzzy,
    },
  };
}

/** BM25 over Porter-stemmed words (MiniSearch's BM25+), headings weighted double. */
export function createLexicalIndex(chunks: Chunk[]): LexicalIndex {
  const options = optionsFor(chunks);
  const search = new MiniSearch<Doc>(options);
  search.addAll(chunks.map((chunk, index) => ({ index, heading: chunk.heading, text: chunkSearchText(chunk) })));
  return wrap(search, options.searchOptions.fuzzy);
}

/** Restores an index serialized by `toJSON` (the Workers bundle ships it prebuilt, with its chunks). */
export function loadLexicalIndex(json: string, chunks: Chunk[]): LexicalIndex {
  const options = optionsFor(chunks);
  return wrap(MiniSearch.loadJSON<Doc>(json, options), options.searchOptions.fuzzy);
}

/** Queries without a typo to tolerate (nearly all) are scored from the precomputed term table. */
function wrap(search: MiniSearch<Doc>, fuzzy: (term: string) => number | false): LexicalIndex {
  const scoreTerms = compileTermScores(search, BOOST);
  return {
    search: (query, k, options = {}) => {
      const terms = tokenize(query)
        .map(processTerm)
        .filter((term): term is string => !!term);
      const exact = options.exact || terms.every((term) => fuzzy(term) === false);
      return (exact ? scoreTerms(terms, k) : search.search(query)).slice(0, k).map((r) => ({ index: Number(r.id), score: r.score }));
    },
    toJSON: () => search.toJSON(),
  };
}
