import { createGlossaryMapper } from '../retrieval/map-glossary.js';
import type { GlossaryEntry } from './corpus.js';
import type { PolicyDocument } from './document.js';

/**
 * A document written in Chinese has no English text for English questions to meet. The glossary
 * (Chinese terms -> the English wording people use) is run over each section's own title,
 * headings, text and departments, and the English it yields is searched with the section: an
 * English question about 算力 reaches a section that says 算力 through "computing power".
 * English documents, and Chinese ones with no glossary, are returned as they are.
 */
export function glossChineseDocument(document: PolicyDocument, glossary: GlossaryEntry[]): PolicyDocument {
  if (document.metadata.language !== 'zh' || glossary.length === 0) return document;
  const mapGlossary = createGlossaryMapper(glossary, { documents: true });
  const sections = document.sections.map((section) => {
    const { english } = mapGlossary([section.title, ...section.path, section.text, ...section.departments].join('\n'));
    return english ? { ...section, gloss: english } : section;
  });
  return { ...document, sections };
}
