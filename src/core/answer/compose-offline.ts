import { formatSectionHeading, type Section } from '../corpus/section.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import type { Asks } from './detect-asks.js';
import { bodySentences, pickSentences, voiceOfDistrict } from './section-sentences.js';

export interface OfflineComposition {
  text: string;
  /** Verbatim sentence(s) each cited section contributed, for the citation quotes. */
  quotes: Map<string, string>;
}

const LIST_ABOVE = 3;

/**
 * The offline answer: sentences taken from the selected sections, each ending with its
 * marker, then who is responsible and what the text leaves open. Nothing is written that
 * the sections do not say, apart from the lead-in lines that end in ":".
 */
export function composeOffline(
  question: string,
  retrieval: Retrieval,
  selected: RetrievalHit[],
  sectionsById: ReadonlyMap<string, Section>,
  asks: Asks,
): OfflineComposition {
  const sections = selected.map((h) => sectionsById.get(h.id)!);
  const quotes = new Map<string, string>();
  const lines: string[] = [];

  if (sections.length > LIST_ABOVE || (retrieval.strategy !== 'hybrid' && retrieval.strategy !== 'explicit')) {
    lines.push(leadIn(retrieval, sections.length));
    for (const section of sections) {
      const departments = retrieval.strategy === 'department' ? '' : describeDepartments(section, ' (', ')');
      lines.push(`- ${formatSectionHeading(section)}${departments} [${section.id}]`);
      quotes.set(section.id, section.title);
    }
  } else {
    const full = retrieval.strategy === 'explicit';
    for (const section of sections) {
      const sentences = full
        ? bodySentences(section)
        : asks.sections.includes(section.id)
          ? withOpening(section, pickSentences(section, question, 1))
          : pickSentences(section, question, 2);
      quotes.set(section.id, sentences[0]!);
      const responsible = section.departments.length > 0 ? `Responsible: ${describeDepartments(section, '', '')} [${section.id}].` : null;
      lines.push(`${formatSectionHeading(section)}:`);
      // A "who handles it" question gets its answer first.
      if (responsible && asks.department) lines.push(responsible);
      lines.push(sentences.map((s) => `${voiceOfDistrict(stripStop(s))} [${section.id}].`).join(' '));
      if (responsible && !asks.department) lines.push(responsible);
    }
  }

  const silent = asks.details.length > 0 ? sections.filter((s) => !mentionsFigures(s.text)) : [];
  if (silent.length > 0) {
    const owner = silent.find((s) => s.departments.length > 0);
    const contact = owner ? `; ask the ${describeDepartments(owner, '', '')} [${owner.id}]` : '';
    lines.push(
      `The measures do not set out ${joinList(asks.details)} for this${contact}${owner ? '' : ` [${silent[0]!.id}]`}.`,
    );
  }
  return { text: lines.join('\n'), quotes };
}

function leadIn(retrieval: Retrieval, count: number): string {
  if (retrieval.strategy === 'department' && retrieval.department) {
    return `The ${retrieval.department} is named as responsible for ${count} measures:`;
  }
  if (retrieval.strategy === 'group' && retrieval.group) return `Under "${retrieval.group}" the policy has ${count} items:`;
  return `The policy has ${count} relevant items:`;
}

/** A section asked about by its nature (the date, the period) always shows its opening lines. */
function withOpening(section: Section, picked: string[]): string[] {
  const all = bodySentences(section);
  return all.filter((s, i) => i < 2 || picked.includes(s));
}

function describeDepartments(section: Section, open: string, close: string): string {
  return section.departments.length > 0 ? `${open}${joinList(section.departments)}${close}` : '';
}

function joinList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function stripStop(sentence: string): string {
  return sentence.replace(/[.;]\s*$/, '');
}

/** Amounts, percentages or dates in a section mean the policy may answer a "how much" itself. */
function mentionsFigures(text: string): boolean {
  return /\b\d+(\.\d+)?\s*(%|percent|yuan|rmb|million|billion|days?|months?)\b/i.test(text);
}
