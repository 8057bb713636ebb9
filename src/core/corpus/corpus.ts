import { AppError } from '../errors.js';
import type { PolicyDocument } from './document.js';
import { type ChineseDictionary, glossChineseDocument } from './gloss-sections.js';
import type { Section } from './section.js';

/** A Chinese word or phrase and the source-language words that carry its meaning. */
export interface GlossaryEntry {
  zh: string;
  en: string;
  /**
   * Read Chinese documents with it, never questions: the English people use for a term the
   * built-in English text does not use (补贴 "subsidy"), which in a question would only add noise.
   */
  documentsOnly?: boolean;
}

/** Every document the assistant answers from, their sections in one id space, and shared word lists. */
export interface Corpus {
  documents: PolicyDocument[];
  /** Maps questions in Chinese onto the English text's words (corpus/glossary.json). */
  glossary: GlossaryEntry[];
  /** Places whose own policies are not answered unless a document's jurisdiction covers them (corpus/places.json). */
  places: string[];
  /** All sections, document by document, each document in its own order. */
  sections: Section[];
  sectionById: ReadonlyMap<string, Section>;
  documentById: ReadonlyMap<string, PolicyDocument>;
}

export function createCorpus(
  sources: PolicyDocument[],
  lists: { glossary?: GlossaryEntry[]; places?: string[]; dictionary?: ChineseDictionary } = {},
): Corpus {
  const documents = sources.map((d) => glossChineseDocument(d, lists.glossary ?? [], lists.dictionary));
  if (documents.length === 0) throw new AppError('empty_corpus', 'the corpus has no documents');
  const primaries = documents.filter((d) => d.metadata.primary);
  if (primaries.length > 1) {
    throw new AppError(
      'invalid_corpus',
      `only one document may be primary (bare ids); found ${primaries.map((d) => d.metadata.id).join(', ')}`,
    );
  }
  const documentById = new Map(documents.map((d) => [d.metadata.id, d]));
  if (documentById.size !== documents.length) throw new AppError('invalid_corpus', 'two documents share one id');
  const sections = documents.flatMap((d) => d.sections);
  return {
    documents,
    glossary: lists.glossary ?? [],
    places: lists.places ?? [],
    sections,
    sectionById: new Map(sections.map((s) => [s.id, s])),
    documentById,
  };
}

export function documentOf(corpus: Corpus, section: Pick<Section, 'docId'>): PolicyDocument {
  return corpus.documentById.get(section.docId)!;
}

/** The section's document has no end date or has not reached it on `today` (YYYY-MM-DD). */
export function isInForce(corpus: Corpus, id: string, today: string): boolean {
  const { validUntil } = documentOf(corpus, corpus.sectionById.get(id)!).metadata;
  return validUntil === null || today <= validUntil;
}
