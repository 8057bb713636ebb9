/** `part`: a top-level part of an application guide (P1..), cited with the items inside it. */
export type SectionKind = 'preamble' | 'requirement' | 'measure' | 'part' | 'validity';

/** The languages a section can be read in: the English source and the Chinese translation. */
export type Language = 'en' | 'zh';

/** A section's words in one language. */
export interface SectionText {
  /** "Enhancing technology finance" / "提升科技金融" */
  title: string;
  /** Roman section and sub-section headings, outermost first. */
  path: string[];
  /** The full text of the item, verbatim, without its number and without the responsible line. */
  text: string;
  /** Full names in English ("Example District Finance Office"), short names in Chinese ("区投资办"). */
  departments: string[];
}

/**
 * One citable unit of a document. `id` is the contract's citation id: bare (M10, R1, PREAMBLE,
 * VALIDITY) for the primary document, `<docId>:M10` for every other. The English fields are
 * the source; `translations` holds the same section in other languages, aligned by id.
 */
export interface Section extends SectionText {
  id: string;
  /** The document the section belongs to. */
  docId: string;
  kind: SectionKind;
  number: number | null;
  translations: Partial<Record<Exclude<Language, 'en'>, SectionText>>;
  /**
   * For a section written in Chinese only: the English words the glossary gives for its terms,
   * searched with its text so that English questions find it (never shown, never quoted).
   */
  gloss?: string;
  /** The same English, sentence by sentence (keyed by the sentence as `splitSentences` gives it), to pick the sentence an English question asks about. */
  sentenceGlosses?: Record<string, string>;
}

/** The section's words in `language`, falling back to the English source. */
export function readSection(section: Section, language: Language): SectionText {
  return (language === 'en' ? undefined : section.translations[language]) ?? section;
}

const LABELS: Record<Language, Record<SectionKind, (n: number | null) => string>> = {
  en: {
    measure: (n) => `Measure ${n}`,
    requirement: (n) => `Overall Requirement ${n}`,
    part: (n) => `Part ${n}`,
    preamble: () => 'Preamble',
    validity: () => 'Effective period',
  },
  zh: {
    measure: (n) => `措施${n}`,
    requirement: (n) => `总体要求${n}`,
    part: (n) => `第${n}部分`,
    preamble: () => '前言',
    validity: () => '有效期',
  },
};

/** "Measure 10", "Overall Requirement 1", "Preamble", "Effective period"; "措施10" in Chinese. */
export function labelSection(section: Pick<Section, 'kind' | 'number'>, language: Language = 'en'): string {
  return LABELS[language][section.kind](section.number);
}

export function formatSectionPath(section: Pick<SectionText, 'path'>): string {
  return section.path.join(' > ');
}

const NUMBERED_KIND: Record<string, SectionKind> = { M: 'measure', R: 'requirement', P: 'part' };

/** The label of a citation id, with or without a document prefix: "doc:M10" -> "Measure 10". */
export function labelId(id: string, language: Language = 'en'): string {
  return labelSection(readId(id), language);
}

/** The kind of section a citation id names, by the contract's id grammar: "doc:R1" -> requirement. */
export function kindOfId(id: string): SectionKind {
  return readId(id).kind;
}

function readId(id: string): Pick<Section, 'kind' | 'number'> {
  const local = id.replace(/^[a-z0-9_-]+:/i, '').toUpperCase();
  const numbered = /^([MRP])(\d+)$/.exec(local);
  if (numbered) return { kind: NUMBERED_KIND[numbered[1]!]!, number: Number(numbered[2]) };
  return { kind: local === 'PREAMBLE' ? 'preamble' : 'validity', number: null };
}

/**
 * "Measure 10, Enhancing technology finance" ("Measure 10 (Enhancing technology finance)" when the
 * title is parenthesised, for use inside a sentence); "措施10（提升科技金融）"; just "Preamble" when
 * label and title coincide.
 */
export function formatSectionHeading(
  section: Pick<Section, 'kind' | 'number' | 'title'>,
  separator = ', ',
  language: Language = 'en',
  parenthesised = false,
): string {
  const label = labelSection(section, language);
  if (label === section.title) return label;
  if (language === 'zh') return `${label}（${section.title}）`;
  return parenthesised ? `${label} (${section.title})` : `${label}${separator}${section.title}`;
}

export function countMeasures(sections: Section[]): number {
  return sections.filter((s) => s.kind === 'measure').length;
}
