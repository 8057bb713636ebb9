import MiniSearch from 'minisearch';
import { chunkSearchText, type Chunk } from '../corpus/chunk.js';
import { isStopword, stem, tokenize } from '../text/tokenize.js';

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

/**
 * Typo tolerance for long words the text does not contain ("eldery", "inteligence"): fuzzy
 * matching walks the whole index for a term, so words the text has are looked up exactly.
 */
function optionsFor(chunks: Chunk[]) {
  const vocabulary = new Set(chunks.flatMap((chunk) => tokenize(chunkSearchText(chunk)).map(processTerm)));
  return {
    fields: ['heading', 'text'],
    idField: 'index',
    tokenize: (text: string) => tokenize(text),
    processTerm,
    searchOptions: {
      boost: { heading: 2 },
      combineWith: 'OR' as const,
      fuzzy: (term: string) => (term.length > 6 && !vocabulary.has(term) ? 0.15 : false),
    },
  };
}

/** BM25 over Porter-stemmed words (MiniSearch's BM25+), headings weighted double. */
export function createLexicalIndex(chunks: Chunk[]): LexicalIndex {
  const search = new MiniSearch<Doc>(optionsFor(chunks));
  search.addAll(chunks.map((chunk, index) => ({ index, heading: chunk.heading, text: chunkSearchText(chunk) })));
  return wrap(search);
}

/** Restores an index serialized by `toJSON` (the Workers bundle ships it prebuilt, with its chunks). */
export function loadLexicalIndex(json: string, chunks: Chunk[]): LexicalIndex {
  return wrap(MiniSearch.loadJSON<Doc>(json, optionsFor(chunks)));
}

function wrap(search: MiniSearch<Doc>): LexicalIndex {
  return {
    search: (query, k, options = {}) =>
      search
        .search(query, options.exact ? { fuzzy: false } : {})
        .slice(0, k)
        .map((r) => ({ index: Number(r.id), score: r.score })),
    toJSON: () => search.toJSON(),
  };
}
