import type { Corpus } from '../corpus/corpus.js';
import { scopeId, type PolicyDocument } from '../corpus/document.js';
import { queryExpanderOf } from '../retrieval/expand-query.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { detectLanguage } from '../text/detect-language.js';
import { tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentStems, normalizeText, tokenize } from '../text/tokenize.js';
import type { Asks } from './detect-asks.js';

/**
 * "Is it still valid?" and "who issued it?" are about a document's period or preamble. With
 * several documents loaded, the one the question names (by its title, number, year or
 * jurisdiction, in either language) is the one asked about; without a clear winner, every
 * document's, the newest first: validity is per document.
 */
export function scopeAsksToDocument(asks: Asks, question: string, corpus: Corpus): Asks {
  if (asks.sections.length === 0 || corpus.documents.length === 1) return asks;
  const named = findNamedDocument(question, corpus);
  // Naming none of several documents ("when does this policy expire?") asks about each, newest first.
  const documents = named ? [named] : [...corpus.documents].sort((a, b) => b.metadata.issued.localeCompare(a.metadata.issued));
  const sections = documents.flatMap((d) => asks.sections.map((id) => scopeId(d.metadata, id))).filter((id) => corpus.sectionById.has(id));
  return sections.length > 0 ? { ...asks, sections } : asks;
}

/**
 * A name a document gives one of its sections ("five centers" for its preamble, in its folder's
 * `vocabulary.json`) asks about that section: names are documents' data, not language rules.
 * Latin names match as whole words, Chinese ones anywhere.
 */
export function addNamedSections(asks: Asks, question: string, corpus: Corpus): Asks {
  const tokens = ` ${tokenize(question).join(' ')} `;
  const text = normalizeText(question);
  const named = corpus.documents.flatMap((document) =>
    (document.vocabulary?.sectionNames ?? [])
      .filter((name) => name.words.some((word) => holdsName(word, tokens, text)))
      .map((name) => scopeId(document.metadata, name.section)),
  );
  const added = named.filter((id) => corpus.sectionById.has(id) && !asks.sections.includes(id));
  return added.length > 0 ? { ...asks, sections: [...asks.sections, ...new Set(added)] } : asks;
}

function holdsName(word: string, tokens: string, text: string): boolean {
  const wordTokens = tokenize(word);
  return wordTokens.length > 0 ? tokens.includes(` ${wordTokens.join(' ')} `) : text.includes(word);
}

/**
 * The document sharing the most words with the question, when no other shares as many. A Chinese
 * document's title is read in English through the glossary.
 */
export function findNamedDocument(question: string, corpus: Corpus): PolicyDocument | null {
  const chinese = detectLanguage(question) === 'zh';
  const mapGlossary = glossaryMapperOf(corpus);
  const expandQuery = queryExpanderOf(corpus);
  const terms = (text: string) => new Set(chinese ? tokenizeChinese(text) : contentStems(expandQuery(text)));
  const asked = terms(question);
  const scored = corpus.documents
    .map((document) => {
      const { metadata } = document;
      const own = [metadata.title, metadata.documentNumber, metadata.issued.slice(0, 4), ...metadata.jurisdiction.names];
      const names = chinese
        ? [...own, document.translations.zh?.title ?? '']
        : [...own, metadata.language === 'zh' ? mapGlossary(metadata.title).english : ''];
      const words = terms(names.join(' '));
      return { document, score: [...asked].filter((t) => words.has(t)).length };
    })
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  return first && first.score > 0 && first.score > (second?.score ?? 0) ? first.document : null;
}
