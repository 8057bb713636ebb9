import { langRule } from '../lang/lang-data.js';
import type { Corpus } from '../corpus/corpus.js';
import { formatSectionHeading, readSection, type Language, type Section } from '../corpus/section.js';
import type { Retrieval } from '../retrieval/types.js';
import type { Asks } from './detect-asks.js';
import { formatDate } from './notices.js';
import { phrasesFor, type Phrases } from './phrases.js';
import { bodySentences, pickSentences, voiceOfDistrict } from './section-sentences.js';
import { shortenQuote } from './shorten-quote.js';
import type { Selection } from './select-sections.js';

export interface OfflineComposition {
  text: string;
  /** Verbatim sentence(s) each cited section contributed, for the citation quotes. */
  quotes: Map<string, string>;
}

/** Sections beyond this many, or any list question, are answered one line per measure. */
const LIST_ABOVE = 3;
/** Departments beyond this many are summarised, so a "who to ask" line stays readable. */
const MAX_NAMED_DEPARTMENTS = 3;

/**
 * The offline answer, in the question's language, from that language's text of the selected
 * sections: a direct first line naming the measures, the evidence (quoted sentences, each with its
 * marker), who is responsible, what the text leaves open and whom to ask. Lists get one line per
 * measure. Nothing is written that the sections do not say, apart from framing words.
 */
export function composeOffline(
  corpus: Corpus,
  question: string,
  retrieval: Retrieval,
  selection: Selection,
  asks: Asks,
  today: string,
): OfflineComposition {
  const { language } = retrieval;
  const say = phrasesFor(language);
  const sections = selection.hits.map((h) => corpus.sectionById.get(h.id)!);
  const quotes = new Map<string, string>();
  const lines: string[] = [];
  const listed = asks.list || sections.length > LIST_ABOVE || retrieval.strategy === 'department' || retrieval.strategy === 'group';

  if (listed && sections.length > 1) {
    lines.push(leadIn(retrieval, sections, say, language));
    for (const section of sections) {
      const text = readSection(section, language);
      const [best] = pickSentences(text, question, 1);
      const quote = shortenQuote(voiceOfDistrict(best ?? text.title), question, say.ellipsis);
      quotes.set(section.id, best ?? text.title);
      const departments = retrieval.strategy === 'department' ? '' : describeDepartments(text.departments, section, corpus, language, true);
      const owner = departments ? say.owner(departments) : '';
      const heading = headingOf(corpus, section, language);
      lines.push(`- ${heading}${say.colon}${say.sentence(`${say.trim(quote)}${owner}`, `[${section.id}]`)}`);
    }
  } else {
    const labels = sections.map((s) => headingOf(corpus, s, language, true));
    const direct = answerByNature(corpus, sections, asks, say, language, today);
    lines.push(direct ?? (selection.uncertain ? say.uncertain : say.covers(labels, sections.map((s) => `[${s.id}]`).join(''))));
    for (const section of sections) {
      const text = readSection(section, language);
      const sentences =
        retrieval.strategy === 'explicit'
          ? bodySentences(text)
          : asks.sections.includes(section.id)
            ? withOpening(corpus, section, text, pickSentences(text, question, 1))
            : pickSentences(text, question, 2);
      quotes.set(section.id, sentences[0]!);
      if (sections.length > 1 || selection.uncertain) lines.push(`${headingOf(corpus, section, language)}${say.colon.trim()}`);
      const responsible = text.departments.length > 0 ? say.responsible(say.join(text.departments), `[${section.id}]`) : null;
      // A "who handles it" question gets its answer first.
      if (responsible && asks.department) lines.push(responsible);
      lines.push(sentences.map((s) => say.sentence(voiceOfDistrict(s), `[${section.id}]`)).join(language === 'zh' ? '' : ' '));
      if (responsible && !asks.department) lines.push(responsible);
    }
  }
  lines.push(...closingLines(corpus, sections, asks, say, language));
  return { text: lines.join('\n'), quotes };
}

/** The section's label and title; another document's sections also say which document ("of EXD (2026) No.3"). */
function headingOf(corpus: Corpus, section: Section, language: Language, inSentence = false): string {
  const heading = formatSectionHeading({ ...section, title: readSection(section, language).title }, ', ', language, inSentence);
  const { metadata } = corpus.documentById.get(section.docId)!;
  if (metadata.primary || corpus.documents.length === 1) return heading;
  return language === 'zh' ? `${metadata.documentNumber}${heading}` : `${heading} of ${metadata.documentNumber}`;
}

/** What the text leaves open and whom to ask; or, when nothing is missing, the next step. */
function closingLines(corpus: Corpus, sections: Section[], asks: Asks, say: Phrases, language: Language): string[] {
  const owner = sections.find((s) => s.departments.length > 0 && s.kind === 'measure');
  const names = owner ? readSection(owner, language).departments : [];
  const contact = owner ? describeDepartments(names, owner, corpus, language, names.length > 1) : null;
  const silent = asks.details.length > 0 ? sections.filter((s) => !mentionsFigures(s.text)) : [];
  if (silent.length > 0) return [say.silent(asks.details, contact, `[${(owner ?? silent[0]!).id}]`)];
  if (contact && sections.length <= LIST_ABOVE && !asks.department && owner) return [say.nextStep(contact, `[${owner.id}]`)];
  return [];
}

function leadIn(retrieval: Retrieval, sections: Section[], say: Phrases, language: Language): string {
  if (retrieval.strategy === 'department' && retrieval.department) {
    const named = sections.find((s) => s.departments.includes(retrieval.department!));
    const department = named
      ? readSection(named, language).departments[named.departments.indexOf(retrieval.department)]!
      : retrieval.department;
    return say.departmentLead(department, sections.length);
  }
  if (retrieval.strategy === 'group' && retrieval.group) {
    const holder = sections.find((s) => s.path.includes(retrieval.group!));
    const heading = holder ? readSection(holder, language).path[holder.path.indexOf(retrieval.group)]! : retrieval.group;
    return say.groupLead(heading, sections.length);
  }
  return retrieval.strategy === 'explicit' ? say.compareLead : say.listLead(sections.length);
}

/** Up to three names; more are summarised with the first ones. Short names drop the jurisdiction's prefix. */
function describeDepartments(names: string[], section: Section, corpus: Corpus, language: Language, short = false): string {
  if (names.length === 0) return '';
  const prefix = corpus.documentById.get(section.docId)!.metadata.jurisdiction.departmentPrefix;
  const shorten = (n: string) => (prefix && n.startsWith(`${prefix} `) ? n.slice(prefix.length + 1) : n);
  if (names.length <= MAX_NAMED_DEPARTMENTS) return phrasesFor(language).join(short ? names.map(shorten) : names);
  const first = names.slice(0, 2).map(shorten);
  return language === 'zh' ? `${first.join('、')}等${names.length}个部门` : `${first.join(', ')} and ${names.length - 2} other departments`;
}

/**
 * "Is it still valid?" and "when was it issued?" answered first, in plain words, from the
 * document's metadata, which the cited period or preamble states.
 */
function answerByNature(corpus: Corpus, sections: Section[], asks: Asks, say: Phrases, language: Language, today: string): string | null {
  const asked = sections.find((s) => asks.sections.includes(s.id));
  if (!asked) return null;
  const { metadata } = corpus.documentById.get(asked.docId)!;
  const marker = `[${asked.id}]`;
  if (asked.kind === 'validity' && metadata.validUntil) {
    return say.validity(formatDate(metadata.validUntil, language), today > metadata.validUntil, marker);
  }
  return asked.kind === 'preamble' ? say.issued(metadata.documentNumber, formatDate(metadata.issued, language), marker) : null;
}

/**
 * A section asked about by its nature always shows its opening: the period's first lines; the
 * preamble's purpose, without the date and number lines the first line of the answer already gave.
 */
function withOpening(corpus: Corpus, section: Section, text: { title: string; text: string }, picked: string[]): string[] {
  const all = bodySentences(text);
  if (section.kind !== 'preamble') return all.filter((s, i) => i < 2 || picked.includes(s));
  const { documentNumber } = corpus.documentById.get(section.docId)!.metadata;
  const purpose = all.filter((s) => !s.includes(documentNumber) && !/^[（(][^（()）]*\d{4}[^（()）]*[）)]$/.test(s));
  return purpose.length > 0 ? purpose.slice(0, 1) : all.slice(0, 2);
}

const FIGURES = langRule('phrasing', 'figures', ['en']);

/** Amounts, percentages or dates in a section mean the policy may answer a "how much" itself. */
function mentionsFigures(text: string): boolean {
  return FIGURES.test(text);
}
