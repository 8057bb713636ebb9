import type { DocumentMetadata, PolicyDocument } from './document.js';
import { parseChineseMeasures } from './parse-chinese-measures.js';
import { parseGuide } from './parse-guide.js';
import { parsePolicy } from './parse-policy.js';

/** Reads a document's text by its language and shape (metadata.json): measures or an application guide. */
export function parseDocument(text: string, metadata: DocumentMetadata): PolicyDocument {
  if (metadata.shape === 'guide') return parseGuide(text, metadata);
  return metadata.language === 'zh' ? parseChineseMeasures(text, metadata) : parsePolicy(text, metadata);
}
