import type { Corpus } from '../corpus/corpus.js';
import type { PolicyDocument } from '../corpus/document.js';
import { langRule } from '../lang/lang-data.js';
import { namePattern } from '../text/name-pattern.js';
import { normalizeText } from '../text/tokenize.js';

/** A Chinese district, county or city name is also written without its last character ("某某区" as "某某"). */
const SHORT_NAME = langRule('layout', 'jurisdiction-short', ['zh']);

/**
 * The documents of the jurisdictions a question names (each document's `jurisdiction.names`, and a
 * Chinese name without its 区/县/市 too), or null when it names none or every loaded document's: a
 * question about one district is answered from that district's documents only, though others share
 * its topic.
 */
export function createJurisdictionScope(corpus: Corpus): (query: string) => Set<string> | null {
  const patterns = corpus.documents.map((document) => ({
    id: document.metadata.id,
    pattern: namePattern(namesOfJurisdiction(document), 'i'),
  }));
  return (query) => {
    const text = normalizeText(query);
    const named = new Set(patterns.filter((p) => p.pattern.test(text)).map((p) => p.id));
    return named.size > 0 && named.size < patterns.length ? named : null;
  };
}

/** A document's jurisdiction names, each Chinese one also without its 区/县/市 ("某某区" and "某某"). */
export function namesOfJurisdiction(document: PolicyDocument): string[] {
  return document.metadata.jurisdiction.names.flatMap((name) => {
    const stem = SHORT_NAME.exec(name)?.[1];
    return stem ? [name, stem] : [name];
  });
}
