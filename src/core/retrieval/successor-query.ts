import type { Corpus } from '../corpus/corpus.js';
import { scopeId, type PolicyDocument } from '../corpus/document.js';
import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';

/**
 * "What replaced the 2024 measures?" / "2024年的措施被什么取代了？": the documents of the same
 * jurisdiction issued after the one asked about (the built-in one, unless the question names
 * another by its number or year). Returns the newer documents' preambles and periods, newest
 * first, then the old document's period; null when the question is not about a successor or no
 * later document of the same jurisdiction is loaded.
 */
export function createSuccessorFinder(corpus: Corpus): (query: string, language: Language) => string[] | null {
  return (query, language) => {
    if (!langRule('documents', 'successor', [language]).test(query)) return null;
    const asked = namedDocument(query, corpus.documents) ?? corpus.documents.find((d) => d.metadata.primary) ?? corpus.documents[0]!;
    const names = new Set(asked.metadata.jurisdiction.names.map((n) => n.toLowerCase()));
    const later = corpus.documents
      .filter((d) => d !== asked && d.metadata.issued > asked.metadata.issued && d.metadata.shape === 'measures')
      .filter((d) => d.metadata.jurisdiction.names.some((n) => names.has(n.toLowerCase())))
      .sort((a, b) => b.metadata.issued.localeCompare(a.metadata.issued));
    if (later.length === 0) return null;
    const ids = [
      ...later.flatMap((d) => [scopeId(d.metadata, 'PREAMBLE'), scopeId(d.metadata, 'VALIDITY')]),
      scopeId(asked.metadata, 'VALIDITY'),
    ];
    return ids.filter((id) => corpus.sectionById.has(id));
  };
}

/** A document the question names by its number or by the year it was issued in. */
function namedDocument(query: string, documents: PolicyDocument[]): PolicyDocument | null {
  const byNumber = documents.find((d) => query.includes(d.metadata.documentNumber));
  if (byNumber) return byNumber;
  const years = documents.filter((d) => query.includes(d.metadata.issued.slice(0, 4)));
  return years.length === 1 ? years[0]! : null;
}
