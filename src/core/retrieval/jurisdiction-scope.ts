import type { Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';

/** A Chinese district, county or city name is also written without its last character ("沁湾区" as "沁湾"). */
const SHORT_NAME = langRule('layout', 'jurisdiction-short', ['zh']);

/**
 * The documents of the jurisdictions a question names ("在沁湾区开店", "Jing'an's talent support"),
 * or null when it names none or every loaded document's: a question about one district is answered
 * from that district's documents only, though others share its topic.
 */
export function createJurisdictionScope(corpus: Corpus): (query: string) => Set<string> | null {
  const patterns = corpus.documents.map((document) => {
    const names = document.metadata.jurisdiction.names.flatMap((name) => {
      const stem = SHORT_NAME.exec(name)?.[1];
      return stem ? [name, stem] : [name];
    });
    const alternatives = names.map((name) => {
      const escaped = escapeRegExp(normalizeText(name));
      // Latin names are words ("Jingan", not "Jinganese"); Chinese ones are found anywhere.
      return /^[\p{Script=Latin}\s'-]+$/u.test(name) ? `\\b${escaped}\\b` : escaped;
    });
    return { id: document.metadata.id, pattern: new RegExp(alternatives.join('|'), 'iu') };
  });
  return (query) => {
    const text = normalizeText(query);
    const named = new Set(patterns.filter((p) => p.pattern.test(text)).map((p) => p.id));
    return named.size > 0 && named.size < patterns.length ? named : null;
  };
}
