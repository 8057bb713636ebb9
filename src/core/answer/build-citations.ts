import { documentOf, type Corpus } from '../corpus/corpus.js';
import { formatSectionPath, readSection, type Language, type Section, type SectionText } from '../corpus/section.js';
import type { RetrievalHit } from '../retrieval/types.js';
import { extractMarkers } from '../text/sentences.js';
import { bodySentences } from './section-sentences.js';
import type { Citation } from './types.js';

/**
 * Citations for the ids the answer text marks, in order of first mark. Only retrieved ids
 * qualify; quotes are always our own verbatim text, never a model's. A Chinese answer's
 * citation carries the English source beside the translation.
 */
export function buildCitations(
  answer: string,
  retrieved: RetrievalHit[],
  corpus: Corpus,
  language: Language,
  quotes: Map<string, string> = new Map(),
): Citation[] {
  const hits = new Map(retrieved.map((h) => [h.id, h]));
  const ids = [...new Set(extractMarkers(answer))].filter((id) => hits.has(id) && corpus.sectionById.has(id));
  return ids.map((id) => {
    const section = corpus.sectionById.get(id)!;
    const text = readSection(section, language);
    const quote = quotes.get(id) ?? bodySentences(text)[0] ?? text.text;
    const { metadata } = documentOf(corpus, section);
    const citation: Citation = {
      id,
      title: text.title,
      section: formatSectionPath(text),
      departments: text.departments,
      quote,
      score: hits.get(id)!.score,
      document: { id: metadata.id, title: metadata.title, documentNumber: metadata.documentNumber, validUntil: metadata.validUntil },
    };
    if (text === section) return citation;
    return { ...citation, titleEn: section.title, quoteEn: alignQuote(section, text, quote), departmentsEn: section.departments };
  });
}

/** The English sentence in the quote's position when both texts have as many sentences; else the whole English text. */
function alignQuote(section: Section, translated: SectionText, quote: string): string {
  const source = bodySentences(section);
  const target = bodySentences(translated);
  const at = target.indexOf(quote);
  return at !== -1 && source.length === target.length ? source[at]! : section.text;
}
