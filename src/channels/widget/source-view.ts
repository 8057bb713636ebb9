import { renderContact } from './contact-card.js';
import { h } from './dom.js';
import { labelFor, strings, type Strings } from './i18n.js';
import type { Citation, Language, SectionDetail } from './types.js';

/** What the opener already knows of a section in one language: shown at once, before the full text arrives. */
export interface SourceText {
  title?: string;
  quote?: string;
  departments?: string[];
}

/** Where a source was opened from: the language to show first and the text it quoted. */
export interface SourceContext {
  lang: Language;
  known: Partial<Record<Language, SourceText>>;
  /** The translation notice the answer carried, for when the section itself cannot be loaded. */
  notice?: string;
}

/** A citation carries its text in the answer's language, and on Chinese answers the English original too. */
export function citationContext(citation: Citation, lang: Language, notice?: string): SourceContext {
  const own = { title: citation.title, quote: citation.quote, departments: citation.departments };
  if (lang === 'en') return { lang, known: { en: own }, notice };
  return {
    lang,
    known: { zh: own, en: { title: citation.titleEn, quote: citation.quoteEn, departments: citation.departmentsEn } },
    notice,
  };
}

export type Loaded = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; section: SectionDetail };

export interface SourceView {
  heading: string;
  /** The translation notice, whenever the text shown is a translation. */
  notice?: string;
  body: Node[];
}

/** The drawer's view in one language: path, departments, their contacts when known, and the text with the quote marked. */
export function renderSource(id: string, lang: Language, ctx: SourceContext, loaded: Loaded, t: Strings): SourceView {
  const known = ctx.known[lang] ?? {};
  const section = loaded.state === 'ready' ? loaded.section : null;
  const title = section?.title ?? known.title;
  const departments = section?.departments ?? known.departments ?? [];
  const notice = lang === 'zh' ? (section?.translation ?? ctx.notice) : undefined;
  const body: Node[] = [
    h(
      'dl',
      {},
      h('dt', {}, t.path),
      h('dd', {}, section?.section || '—'),
      h('dt', {}, t.departments),
      h('dd', {}, departments.length ? departments.join(lang === 'zh' ? '；' : '; ') : t.none),
    ),
  ];
  const contacts = section?.contacts ?? [];
  if (contacts.length > 0)
    body.push(h('h4', {}, t.contacts), h('ul', { class: 'cards contacts' }, ...contacts.map((c) => renderContact(c, t))));
  if (section) body.push(markQuote(section.text, known.quote));
  else {
    if (known.quote) body.push(h('blockquote', {}, h('mark', {}, known.quote)));
    body.push(loaded.state === 'failed' ? h('p', { role: 'alert' }, t.sourceFailed) : h('p', { role: 'status' }, t.loading));
  }
  return { heading: labelFor(id, lang) + (title ? strings(lang).colon + title : ''), notice, body };
}

/** The section's text with the cited sentence highlighted, when it is found verbatim. */
function markQuote(text: string, quote: string | undefined): HTMLElement {
  const p = h('p', { class: 'text' });
  const needle = quote?.trim() ?? '';
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) p.append(text);
  else p.append(text.slice(0, at), h('mark', {}, needle), text.slice(at + needle.length));
  return p;
}
