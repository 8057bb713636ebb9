import type { Corpus } from '../../core/corpus/corpus.js';
import type { DocumentMetadata } from '../../core/corpus/document.js';
import type { Section } from '../../core/corpus/section.js';
import type { StoredMessage } from '../../core/storage/store.js';

export type Contact = DocumentMetadata['contacts'][number];

/** Shanghai's citizen service hotline takes any question about a district's policies: the way to a person that always exists. */
export const HOTLINE: Contact = { department: '上海市12345市民服务热线 (Shanghai 12345 Citizen Service Hotline)', phone: '12345' };

/**
 * Who to contact when no hand-off channel is configured: the departments responsible for the
 * sections the conversation's answers cited, as their documents' metadata lists them (none when
 * no document states contacts), in order of first citation, then the 12345 hotline.
 */
export function findContacts(corpus: Corpus, messages: StoredMessage[]): Contact[] {
  const found = new Map<string, Contact>();
  for (const id of new Set(messages.flatMap((m) => (m.role === 'assistant' ? m.citations : [])))) {
    const section = corpus.sectionById.get(id);
    if (!section) continue;
    for (const contact of sectionContacts(corpus, section)) if (!found.has(contact.department)) found.set(contact.department, contact);
  }
  return [...found.values(), HOTLINE];
}

/** The contacts the section's document lists for the departments the section names (in either language). */
export function sectionContacts(corpus: Corpus, section: Section): Contact[] {
  const named = new Set([...section.departments, ...(section.translations.zh?.departments ?? [])]);
  return (corpus.documentById.get(section.docId)?.metadata.contacts ?? []).filter((contact) => named.has(contact.department));
}
