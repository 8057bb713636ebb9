import type { SectionKind } from '../corpus/section.js';
import { isStopword } from '../text/tokenize.js';
import { parseChineseNumeral } from './verify-figures.js';
import { langRule, langRuleWith } from '../lang/lang-data.js';

export interface SectionRef {
  kind: Extract<SectionKind, 'measure' | 'requirement'>;
  number: number;
}

/** A list of numbers ("10, 11 and 12", "10-12", "十至十二"), spliced into each reference pattern as its first group. */
const LIST = langRule('claims', 'number-list', ['en']).patterns[0]!.source;
const reference = (name: string) => langRuleWith('claims', name, { list: LIST }).patterns;

/** Each pattern's first group is a list of numbers; English before Chinese, requirements before measures (总体要求第2条 is no 第2条). */
const REFERENCES: Array<[SectionRef['kind'], RegExp]> = [
  ...reference('requirement-ref').map((p): [SectionRef['kind'], RegExp] => ['requirement', p]),
  ...reference('measure-ref').map((p): [SectionRef['kind'], RegExp] => ['measure', p]),
  ['requirement', /\bR(\d{1,2})\b/g],
  ['measure', /\bM(\d{1,3})\b/g],
];
const LIST_JOINER = langRule('claims', 'list-joiner', ['en']).patterns[0]!;
const RANGE_JOINER = langRule('claims', 'range-joiner', ['en']);

/**
 * The measures and requirements a text names ("Measure 10", "measures 10-12", "Overall
 * Requirement 2", "M10", "措施10", "第十条"), and the text with those names blanked out, so
 * their numbers are not read again as figures.
 */
export function extractSectionRefs(text: string): { refs: SectionRef[]; rest: string } {
  const refs: SectionRef[] = [];
  let rest = text;
  for (const [kind, pattern] of REFERENCES) {
    rest = rest.replace(pattern, (_, list: string) => {
      refs.push(...expandList(list).map((number) => ({ kind, number })));
      return ' ';
    });
  }
  return { refs, rest };
}

function expandList(list: string): number[] {
  const numbers: number[] = [];
  const parts = list.split(LIST_JOINER);
  for (let i = 0; i < parts.length; i += 2) {
    const value = toNumber(parts[i]!);
    const range = parts[i - 1] && RANGE_JOINER.test(parts[i - 1]!);
    const from = numbers.at(-1);
    // A range names every number in it; a bound keeps an absurd one ("1-999") from looping long.
    if (range && from !== undefined && value > from && value - from <= 50) for (let n = from + 1; n < value; n++) numbers.push(n);
    numbers.push(value);
  }
  return numbers;
}

const toNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text));

const ORG_EN = langRule('claims', 'organisation', ['en']).patterns[0]!;
/** Words that may precede a name without being part of it ("Contact the", "District"); the jurisdiction's own names are added by the caller. */
const LEAD = new Set(`contact according ask apply see please both also handled led managed responsible run district`.split(' '));

/** Government bodies start with 区 or 市 (区投资办, 市商务委); other bodies end in their kind. */
const ORG_ZH = langRule('claims', 'organisation', ['zh']).patterns;
/** A Chinese name must match the source over this many characters (or all of it), the kind included ("区投资办"). */
const ZH_NAME_MIN = 4;

/**
 * The first organisation the text names that its source does not: English names by their last
 * words ("the Investment Office" matches "Example District Investment Office", "Shanghai
 * Investment Office" does not; `jurisdiction` lists the words that may still lead, such as
 * "example"), Chinese names by the longest ending found in the source.
 */
export function findUnknownOrganisation(text: string, source: string, jurisdiction: ReadonlySet<string> = new Set()): string | null {
  const haystack = normalizeName(source);
  for (const match of text.match(ORG_EN) ?? []) {
    const words = normalizeName(match).split(/\s+/);
    const start = words.findIndex((_, i) => words.length - i >= 2 && haystack.includes(words.slice(i).join(' ')));
    const lead = start === -1 ? words : words.slice(0, start);
    if (start === -1 || !lead.every((w) => isStopword(w) || LEAD.has(w) || jurisdiction.has(w))) return match.trim();
  }
  for (const pattern of ORG_ZH) {
    for (const match of text.match(pattern) ?? []) {
      const longest = [...match].findIndex((_, i) => haystack.includes(match.slice(i)));
      if (longest === -1 || match.length - longest < Math.min(ZH_NAME_MIN, match.length)) return match;
    }
  }
  return null;
}

const normalizeName = (text: string) => text.normalize('NFKC').replace(/[‘’ʼ]/g, "'").toLowerCase().replace(/\s+/g, ' ');
