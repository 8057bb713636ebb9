import type { PolicyDocument } from '../corpus/document.js';
import type { Language } from '../corpus/section.js';
import type { Notice } from './types.js';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * A notice for each document past its end date on `today` (YYYY-MM-DD). The documents are
 * those an answer cites, or all of them when it cites none: a document's validity is never hidden.
 * With more than one document in the corpus the notice names the document.
 */
export function validityNotices(documents: PolicyDocument[], today: string, language: Language, nameDocuments = false): Notice[] {
  return documents
    .filter((d) => d.metadata.validUntil !== null && today > d.metadata.validUntil)
    .map((d) => ({ kind: 'validity', text: describeExpiry(d, language, nameDocuments) }));
}

function describeExpiry(document: PolicyDocument, language: Language, named: boolean): string {
  const until = document.metadata.validUntil!;
  if (language === 'zh') {
    const subject = named ? `《${document.translations.zh?.title ?? document.metadata.title}》` : '本措施';
    return `${subject}有效期至${formatDate(until, 'zh')}，目前已到期。`;
  }
  const subject = named ? `"${document.metadata.title}" (${document.metadata.documentNumber}) was` : 'These measures were';
  return `${subject} valid until ${formatDate(until, 'en')}.`;
}

/**
 * The notice an answer carries when the text it quotes is not the official text in the answer's
 * language: a Chinese answer quoting our own translation (`translation`), an English answer
 * quoting a document that exists in Chinese only (`source_language`).
 */
export function translationNotices(documents: PolicyDocument[], language: Language): Notice[] {
  if (language === 'en') return sourceLanguageNotices(documents);
  const notes = new Set(
    documents
      .map((d) => d.translations[language])
      .filter((t) => t && !t.official)
      .map((t) => t!.notice),
  );
  return [...notes].map((text) => ({ kind: 'translation', text }));
}

/** English answers quote a Chinese-only document as written: said once per document. */
function sourceLanguageNotices(documents: PolicyDocument[]): Notice[] {
  return documents
    .filter((d) => d.metadata.language === 'zh')
    .map((d) => ({
      kind: 'source_language',
      text: `"${d.metadata.title}" (${d.metadata.documentNumber}) exists in Chinese only: quotes from it are its Chinese text, not translated.`,
    }));
}

/** Where a translation numbers what the original does not, a Chinese answer that uses the numbers says so. */
export function numberingNotices(documents: PolicyDocument[], language: Language): Notice[] {
  if (language === 'en') return [];
  const notes = new Set(documents.map((d) => d.translations[language]?.numbering).filter((n): n is string => Boolean(n)));
  return [...notes].map((text) => ({ kind: 'numbering', text }));
}

/** "2025-12-31" -> "31 December 2025" / "2025年12月31日" */
export function formatDate(isoDate: string, language: Language = 'en'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return language === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month! - 1]} ${year}`;
}
