import MiniSearch from 'minisearch';
import { chunkSearchText, type Chunk } from '../corpus/chunk.js';
import { isStopword, stem, tokenize } from '../text/tokenize.js';
import { BM25, compileTermScores, type TermMatches } from './term-scores.js';

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
  search.addAll(chunks.map((chunk, index) => ({ index, heading: withoutNumbers(chunk.heading), text: chunkSearchText(chunk) })));
  return wrap(search, options.searchOptions.fuzzy);
}

/** Restores an index serialized by `toJSON` (the Workers bundle ships it prebuilt, with its chunks). */
export function loadLexicalIndex(json: string, chunks: Chunk[]): LexicalIndex {
  const options = optionsFor(chunks);
  return wrap(MiniSearch.loadJSON<Doc>(json, options), options.searchOptions.fuzzy);
}

/**
 * Scored from the precomputed term table; a word to match with typos is looked up in MiniSearch
 * alone and its scores added, so the rest of the query never goes through MiniSearch's slower
 * search (which, on a large corpus, made such queries the slowest by far).
 */
function wrap(search: MiniSearch<Doc>, fuzzy: (term: string) => number | false): LexicalIndex {
  const scoreTerms = compileTermScores(search, BOOST);
  // The terms arrive processed; MiniSearch must not split or stem them again.
  const asIs = { tokenize: (term: string) => [term], processTerm: (term: string) => term };
  return {
    search: (query, k, options = {}) => {
      const terms = tokenize(query)
        .map(processTerm)
        .filter((term): term is string => !!term);
      const typos = options.exact ? [] : terms.filter((term) => fuzzy(term) !== false);
      const matched: TermMatches[] = typos.map((term) => ({ term, hits: search.search(term, asIs) }));
      const exact = typos.length === 0 ? terms : terms.filter((term) => !typos.includes(term));
      return scoreTerms(exact, k, matched)
        .slice(0, k)
        .map((r) => ({ index: Number(r.id), score: r.score }));
    },
    toJSON: () => search.toJSON(),
  };
}

/**
 * The heading field is boosted for the words of a section's title, not its label number ("Measure
 * 6"): a number in a question ("a studio with 6 hosts") would pull Measure 6 twice as hard as any
 * word. The text field keeps the heading whole, so "who's the lead on 38" still finds Measure 38.
 */
function withoutNumbers(heading: string): string {
  return heading.replace(/\d+/g, ' ');
}
