import type { Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { formatSectionHeading, readSection, type Language, type Section } from '../corpus/section.js';
import { askedGuidePartsIn, type GuideTopic } from '../retrieval/guide-topics.js';
import type { Retrieval } from '../retrieval/types.js';
import type { Asks, Detail } from './detect-asks.js';
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
  // What the text leaves open of what was asked, and whom to ask: said once, first or last.
  const silence = silenceLine(corpus, sections, asks, say, language);
  // "Which materials?" about a guide's part asks for its items, not for a list of sections.
  const itemsAsked = asks.list && sections[0]?.kind === 'part';
  const listed =
    (asks.list && !itemsAsked) || sections.length > LIST_ABOVE || retrieval.strategy === 'department' || retrieval.strategy === 'group';

  if (listed && sections.length > 1) {
    lines.push(leadIn(retrieval, sections, say, language));
    for (const section of sections) {
      const text = readSection(section, language);
      const [best] = pickSentences(text, question, 1);
      const quote = shortenQuote(voiceOfDistrict(best ?? text.title), question, say.ellipsis);
      quotes.set(section.id, best ?? text.title);
      const departments = retrieval.strategy === 'department' ? '' : describeDepartments(text.departments, section, corpus, language, true);
      const owner = departments ? say.owner(departments) : '';
      const heading = headingOf(corpus, section, language, today);
      lines.push(`- ${heading}${say.colon}${say.sentence(`${say.trim(quote)}${owner}`, `[${section.id}]`)}`);
    }
  } else {
    const direct =
      describeSuccessor(corpus, retrieval, sections, say, language) ??
      answerByNature(corpus, sections, asks, say, language, today, retrieval.strategy !== 'successor');
    // "How much for a first store?" is answered first: the text does not say, and whom to ask.
    if (silence) lines.push(silence);
    if (direct) lines.push(direct);
    else if (selection.uncertain) lines.push(say.uncertain);
    const namedByNature = direct ? sections.find((s) => asks.sections.includes(s.id))?.id : undefined;
    const wholeParts = askedGuidePartsIn(corpus)(question, language)
      .filter((p) => p.topic !== 'amounts')
      .map((p) => p.id);
    for (const section of sections) {
      const text = readSection(section, language);
      const sentences =
        retrieval.strategy === 'explicit' || isShortPart(section, text) || isWholePartAsked(section, text, wholeParts)
          ? bodySentences(text)
          : asks.sections.includes(section.id)
            ? withOpening(corpus, section, text, pickSentences(text, question, 1))
            : pickSentences(text, question, 2);
      quotes.set(section.id, sentences[0]!);
      const marker = `[${section.id}]`;
      const said = sentences.map((s) => say.sentence(voiceOfDistrict(s), marker));
      // The answer opens with the measure and what it offers; the section the first line already named by its nature needs no label.
      if (section.id !== namedByNature) said[0] = `${headingOf(corpus, section, language, today, true)}${say.colon}${said[0]}`;
      // The silence line already named whom to ask.
      const responsible =
        text.departments.length > 0 && !(silence && section === ownerOf(sections))
          ? say.responsible(say.join(text.departments), marker)
          : null;
      // A "who handles it" question gets its answer first; one paragraph per section, so its chip shows once.
      const paragraph = responsible && asks.department ? [responsible, ...said] : [...said, ...(responsible ? [responsible] : [])];
      lines.push(paragraph.join(language === 'zh' ? '' : ' '));
    }
  }
  // A list says what the text leaves open after it; otherwise it was said first. Nothing open: the next step.
  const closing = silence ? (listed ? [silence] : []) : nextStepLines(corpus, sections, asks, say, language);
  // A single section's next step belongs to its paragraph.
  if (sections.length === 1 && closing.length > 0 && !listed)
    lines.push(`${lines.pop()!}${language === 'zh' ? '' : ' '}${closing.join(' ')}`);
  else lines.push(...closing);
  return { text: lines.join('\n'), quotes };
}

/**
 * The section's label and title; another document's sections also say which document ("of EXD
 * (2026) No.3"). Beside other documents, an expired one's sections say that it has expired.
 */
function headingOf(corpus: Corpus, section: Section, language: Language, today: string, inSentence = false): string {
  const heading = formatSectionHeading({ ...section, title: readSection(section, language).title }, ', ', language, inSentence);
  const { metadata } = corpus.documentById.get(section.docId)!;
  if (corpus.documents.length === 1) return heading;
  const expired =
    metadata.validUntil !== null && today > metadata.validUntil
      ? phrasesFor(language).expired(formatDate(metadata.validUntil, language))
      : '';
  if (metadata.primary) return `${heading}${expired}`;
  return language === 'zh' ? `${metadata.documentNumber}${heading}${expired}` : `${heading} of ${metadata.documentNumber}${expired}`;
}

/**
 * The chosen sections that leave open the details a question asks for (amounts, dates, forms): those
 * stating no figure of the detail's kind. A guide's part is where amounts, materials, dates and
 * contacts are set out: beside one, only details no guide part is about can be left open.
 */
export function findSilentSections(corpus: Corpus, sections: Section[], asks: Asks): Section[] {
  if (asks.details.length === 0) return [];
  // A section answers a detail when it states a figure of that kind ("30个工作日内完成审核拨付" says when money is paid).
  const statesNone = (s: Section) => {
    const { language } = corpus.documentById.get(s.docId)!.metadata;
    return !asks.details.some((d) => langRule('figures', STATED_FIGURE_OF[d], [language]).test(s.text));
  };
  // Beside a guide, only details no guide part is about (when money is paid, how bids are scored) go unanswered.
  if (sections.some((s) => s.kind === 'part') && !asks.details.every((d) => GUIDE_TOPIC_OF[d] === null)) return [];
  return sections.filter(statesNone);
}

/** The kind of figure that states a detail (lang/<language>/figures.json). */
const STATED_FIGURE_OF: Record<Detail, string> = {
  amounts: 'stated-figure',
  'interest rates': 'stated-figure',
  banks: 'stated-figure',
  'application procedures and forms': 'stated-figure',
  deadlines: 'stated-figure',
  'eligibility thresholds': 'stated-figure',
  'contact numbers': 'stated-figure',
  'payment schedules': 'stated-payment',
  'scoring criteria': 'stated-scoring',
  'prices and rates': 'stated-figure',
  'durations and times': 'stated-figure',
};

/** The guide part a detail is set out in (guide-topics.ts), or null when guides have none for it. */
const GUIDE_TOPIC_OF: Record<Detail, GuideTopic | null> = {
  amounts: 'amounts',
  'interest rates': 'amounts',
  banks: null,
  'application procedures and forms': 'materials',
  deadlines: 'time',
  'eligibility thresholds': 'conditions',
  'contact numbers': 'contacts',
  'payment schedules': null,
  'scoring criteria': null,
  'prices and rates': 'amounts',
  'durations and times': 'time',
};

/** Whom to ask about the chosen sections: the departments responsible for the first measure, with contacts when known. */
export function describeContact(corpus: Corpus, sections: Section[], language: Language): string | null {
  return contactOf(corpus, ownerOf(sections), language);
}

/** The details asked for that the chosen sections do not state, and whom to ask for them; null when none is missing. */
function silenceLine(corpus: Corpus, sections: Section[], asks: Asks, say: Phrases, language: Language): string | null {
  const silent = findSilentSections(corpus, sections, asks);
  if (silent.length === 0) return null;
  const owner = ownerOf(sections);
  return say.silent(asks.details, contactOf(corpus, owner, language), `[${(owner ?? silent[0]!).id}]`);
}

/** Whom to ask how to apply, when the text leaves nothing asked for open. */
function nextStepLines(corpus: Corpus, sections: Section[], asks: Asks, say: Phrases, language: Language): string[] {
  const owner = ownerOf(sections);
  const contact = contactOf(corpus, owner, language);
  if (contact && owner && sections.length <= LIST_ABOVE && !asks.department) return [say.nextStep(contact, `[${owner.id}]`)];
  return [];
}

function ownerOf(sections: Section[]): Section | undefined {
  return sections.find((s) => s.departments.length > 0 && s.kind === 'measure');
}

function contactOf(corpus: Corpus, owner: Section | undefined, language: Language): string | null {
  if (!owner) return null;
  const names = readSection(owner, language).departments;
  return withContactDetails(describeDepartments(names, owner, corpus, language, names.length > 1), names, owner, corpus, language);
}

function leadIn(retrieval: Retrieval, sections: Section[], say: Phrases, language: Language): string {
  if (retrieval.strategy === 'department' && retrieval.department) {
    const named = sections.find((s) => s.departments.includes(retrieval.department!));
    const department = named
      ? readSection(named, language).departments[named.departments.indexOf(retrieval.department)]!
      : retrieval.department;
    // Fewer than the department's whole list: the question narrowed those just given to it.
    if (sections.length < retrieval.pinned) return say.departmentAmong(department, sections.length);
    return retrieval.departmentAlone ? say.departmentAlone(department, sections.length) : say.departmentLead(department, sections.length);
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
function answerByNature(
  corpus: Corpus,
  sections: Section[],
  asks: Asks,
  say: Phrases,
  language: Language,
  today: string,
  noLaterDocument: boolean,
): string | null {
  const asked = sections.find((s) => asks.sections.includes(s.id));
  if (!asked) return null;
  const { metadata } = corpus.documentById.get(asked.docId)!;
  const marker = `[${asked.id}]`;
  if (asked.kind === 'validity' && metadata.validUntil) {
    const validity = say.validity(formatDate(metadata.validUntil, language), today > metadata.validUntil, marker);
    // "What replaced it?" with no later document loaded: said plainly, not left to be guessed.
    return asks.successor && noLaterDocument ? `${validity}${language === 'zh' ? '' : ' '}${say.noSuccessor}` : validity;
  }
  if (asked.kind !== 'preamble') return null;
  // A Chinese answer quoting our own translation must not present the English text's number as a Chinese document number.
  const translated = language === 'zh' ? corpus.documentById.get(asked.docId)!.translations.zh : undefined;
  const issued = translated && !translated.official ? say.issuedInSource : say.issued;
  return issued(metadata.documentNumber, formatDate(metadata.issued, language), marker);
}

/** "What replaced the 2024 measures?": the newest later document (its preamble and period lead the sections), named first. */
function describeSuccessor(corpus: Corpus, retrieval: Retrieval, sections: Section[], say: Phrases, language: Language): string | null {
  const [preamble, period] = sections;
  if (retrieval.strategy !== 'successor' || preamble?.kind !== 'preamble') return null;
  const { metadata } = corpus.documentById.get(preamble.docId)!;
  const title = language === 'zh' ? (corpus.documentById.get(preamble.docId)!.translations.zh?.title ?? metadata.title) : metadata.title;
  const until = metadata.validUntil ? formatDate(metadata.validUntil, language) : null;
  const markers = [preamble, ...(period?.docId === preamble.docId ? [period] : [])].map((s) => `[${s.id}]`).join('');
  return say.successor(title, metadata.documentNumber, until, markers);
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

/** A guide's part of a few items (conditions, materials, contacts) is quoted whole: a list cut short would mislead. */
const PART_ITEMS = 8;

function isShortPart(section: Section, text: { title: string; text: string }): boolean {
  return section.kind === 'part' && bodySentences(text).length <= PART_ITEMS;
}

/**
 * A guide's part asked for by its topic is the answer as a whole (the materials list, the
 * conditions), up to this many sentences; its amounts part is not: it sets out every item's
 * figures, and a question wants its own item's.
 */
const WHOLE_PART_ITEMS = 16;

function isWholePartAsked(section: Section, text: { title: string; text: string }, asked: string[]): boolean {
  return asked.includes(section.id) && bodySentences(text).length <= WHOLE_PART_ITEMS;
}

/** "区科经委（电话：…）": the phone the document's metadata gives for the department named first. */
function withContactDetails(contact: string, names: string[], section: Section, corpus: Corpus, language: Language): string {
  const { contacts } = corpus.documentById.get(section.docId)!.metadata;
  const known = contacts.find((c) => c.phone && names.includes(c.department));
  if (!known) return contact;
  return language === 'zh' ? `${contact}（电话：${known.phone}）` : `${contact} (phone ${known.phone})`;
}
