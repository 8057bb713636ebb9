export type SectionKind = 'preamble' | 'requirement' | 'measure' | 'validity';

/** One citable unit of the policy; `id` is the contract's citation id (M10, R1, PREAMBLE, VALIDITY). */
export interface Section {
  id: string;
  kind: SectionKind;
  number: number | null;
  /** "Enhancing technology finance" */
  title: string;
  /** Roman section and sub-section headings, outermost first. */
  path: string[];
  /** The full text of the item, verbatim, without its number and without the responsible line. */
  text: string;
  /** Full names, ASCII apostrophes ("Jing'an District Investment Office"). */
  departments: string[];
}

export interface PolicyMetadata {
  title: string;
  documentNumber: string;
  issueDate: string;
  validUntil: string;
  issuingBodies: string[];
  source: string;
  language: string;
}

export interface Policy {
  metadata: PolicyMetadata;
  sections: Section[];
  /** Bodies listed after the closing paragraph. */
  signatories: string[];
}

/** "Measure 10", "Overall Requirement 1", "Preamble", "Effective period". */
export function labelSection(section: Pick<Section, 'kind' | 'number'>): string {
  switch (section.kind) {
    case 'measure':
      return `Measure ${section.number}`;
    case 'requirement':
      return `Overall Requirement ${section.number}`;
    case 'preamble':
      return 'Preamble';
    case 'validity':
      return 'Effective period';
  }
}

export function formatSectionPath(section: Pick<Section, 'path'>): string {
  return section.path.join(' > ');
}

/** The label of a citation id, with or without a document prefix: "doc:M10" -> "Measure 10". */
export function labelId(id: string): string {
  const local = id.replace(/^[a-z0-9_-]+:/i, '').toUpperCase();
  const numbered = /^([MR])(\d+)$/.exec(local);
  if (numbered) return labelSection({ kind: numbered[1] === 'M' ? 'measure' : 'requirement', number: Number(numbered[2]) });
  return labelSection({ kind: local === 'PREAMBLE' ? 'preamble' : 'validity', number: null });
}

/** "Measure 10, Enhancing technology finance"; just "Preamble" when label and title coincide. */
export function formatSectionHeading(section: Pick<Section, 'kind' | 'number' | 'title'>, separator = ', '): string {
  const label = labelSection(section);
  return label === section.title ? label : `${label}${separator}${section.title}`;
}

export function countMeasures(sections: Section[]): number {
  return sections.filter((s) => s.kind === 'measure').length;
}
