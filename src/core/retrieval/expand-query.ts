import type { Corpus } from '../corpus/corpus.js';
import type { VocabularyEntry } from '../corpus/vocabulary.js';
import { langVocabulary } from '../lang/lang-data.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Appends the words a text uses for the shorthand and everyday words in a query ("IVD kits" +
 * "in vitro diagnostics", "law firm" + "professional service institutions"). Word vectors know
 * few of these, and BM25 cannot match them at all. The words are data: general English in
 * `lang/en/vocabulary.json`, each document's own in its folder (`VocabularyEntry`). Words and
 * phrases are compared as tokens, so "R&D" meets "r&d" and "law firm" never meets "lawfirm".
 */
export function createQueryExpander(entries: readonly VocabularyEntry[]): (query: string) => string {
  const single = new Map<string, string[]>();
  const phrases: { tokens: string; expandsTo: string }[] = [];
  for (const { words, expandsTo } of entries) {
    for (const word of words) {
      const tokens = tokenize(word);
      if (tokens.length === 1) single.set(tokens[0]!, [...(single.get(tokens[0]!) ?? []), expandsTo]);
      else if (tokens.length > 1) phrases.push({ tokens: ` ${tokens.join(' ')} `, expandsTo });
    }
  }
  return (query) => {
    const tokens = tokenize(query);
    const text = ` ${tokens.join(' ')} `;
    const additions = new Set([
      ...tokens.flatMap((token) => single.get(token) ?? []),
      ...phrases.filter((p) => text.includes(p.tokens)).map((p) => p.expandsTo),
    ]);
    return additions.size > 0 ? `${query} (${[...additions].join('; ')})` : query;
  };
}

const EXPANDERS = new WeakMap<Corpus, (query: string) => string>();

/** The expander of a corpus: English vocabulary and every loaded document's, built once per corpus. */
export function queryExpanderOf(corpus: Corpus): (query: string) => string {
  let expand = EXPANDERS.get(corpus);
  if (!expand) {
    expand = createQueryExpander([...langVocabulary('en'), ...corpus.documents.flatMap((d) => d.vocabulary?.entries ?? [])]);
    EXPANDERS.set(corpus, expand);
  }
  return expand;
}
