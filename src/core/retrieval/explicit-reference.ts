import { NUMBER_PATTERN, parseChineseNumber } from '../text/chinese-numerals.js';
import { langRule, langRuleWith, langWords } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { normalizeText } from '../text/tokenize.js';

export interface ExplicitReference {
  /** Ids that exist, in the order the question names them. */
  ids: string[];
  /** Ids the question names that the corpus does not have ("M50"). */
  missing: string[];
}

interface ReferencePattern {
  prefix: 'M' | 'R';
  rule: Pick<LangRule, 'patterns'>;
}

const EN_NUMBERS = langRule('references', 'number-list', ['en']).patterns[0]!.source;
const PATTERNS: ReferencePattern[] = [
  { prefix: 'R', rule: langRuleWith('references', 'requirement-numbers', { numbers: EN_NUMBERS }, ['en']) },
  { prefix: 'M', rule: langRuleWith('references', 'measure-numbers', { numbers: EN_NUMBERS }, ['en']) },
  { prefix: 'M', rule: { patterns: [/(?<!:)\bM\s?(\d{1,3})\b/g] } },
  { prefix: 'R', rule: { patterns: [/(?<!:)\bR(\d{1,2})\b/g] } },
];

// Chinese: 措施10, 第十条, 第10、15条, 第十项措施, 总体要求第二条 (总体要求里的第三条); numbers in digits or Chinese numerals.
const ZH_NUMBER = `${NUMBER_PATTERN}(?!${langRule('references', 'not-a-number', ['zh']).patterns[0]!.source})`;
const ZH_NUMBERS = langRuleWith('references', 'number-list', { number: ZH_NUMBER }, ['zh']).patterns[0]!.source;
const ZH_PATTERNS: ReferencePattern[] = [
  // "总体要求第二条", also "总体要求里的第三条", "总体要求中第2条"; listed first, so its "第二条" is not also Measure 2.
  { prefix: 'R', rule: langRuleWith('references', 'requirement-numbers', { numbers: ZH_NUMBERS }, ['zh']) },
  { prefix: 'M', rule: langRuleWith('references', 'measure-numbers', { numbers: ZH_NUMBERS }, ['zh']) },
];

const ORDINALS = langWords('references', 'ordinals', 'en');
const ORDINAL = langRuleWith('references', 'ordinal-reference', { ordinals: ORDINALS.join('|') }, ['en']).patterns[0]!;
const REQUIREMENT = langRule('references', 'requirement-word', ['en']);
const PREAMBLE = langRule('references', 'preamble', ['en']).patterns[0]!;
const ZH_ORDINAL_PREFIX = langRule('references', 'ordinal-prefix', ['zh']);
const ZH_LIST_SEPARATOR = langRule('references', 'list-separator', ['zh']);
const ZH_RANGE_SEPARATOR = langRule('references', 'range-separator', ['zh']);
const LIST_SEPARATOR = langRule('references', 'list-separator', ['en']).patterns[0]!;
const RANGE = langRule('references', 'range', ['en']);

/** Finds "measure 22", "articles 10-12", "overall requirement 3", "M10", "第10条" and maps them to ids. */
export function findExplicitReferences(question: string, knownIds: ReadonlySet<string>): ExplicitReference {
  const text = normalizeText(question);
  const found: Array<{ at: number; id: string }> = [];
  for (const { prefix, rule } of PATTERNS) {
    for (const match of rule.patterns.flatMap((pattern) => [...text.matchAll(pattern)])) {
      for (const n of expandNumbers(match[1]!)) found.push({ at: match.index, id: `${prefix}${n}` });
    }
  }
  // "总体要求第二条" names a requirement: its "第二条" is not also Measure 2.
  const claimed: Array<[number, number]> = [];
  for (const { prefix, rule } of ZH_PATTERNS) {
    for (const match of rule.patterns.flatMap((pattern) => [...text.matchAll(pattern)])) {
      const start = match.index;
      if (claimed.some(([from, to]) => start >= from && start < to)) continue;
      claimed.push([start, start + match[0].length]);
      for (const n of expandChineseNumbers(match[1]!)) found.push({ at: start, id: `${prefix}${n}` });
    }
  }
  // "the first overall requirement", "the third measure".
  for (const match of text.matchAll(ORDINAL)) {
    const n = ORDINALS.indexOf(match[1]!.toLowerCase()) + 1;
    found.push({ at: match.index, id: `${REQUIREMENT.test(match[2]!) ? 'R' : 'M'}${n}` });
  }
  if (PREAMBLE.test(text)) found.push({ at: text.search(PREAMBLE), id: 'PREAMBLE' });
  // Another document's ids as the contract writes them: "example:M3".
  for (const match of text.matchAll(/\b([a-z0-9-]+):\s?([MR])\s?(\d{1,3})\b/gi)) {
    found.push({ at: match.index, id: `${match[1]!.toLowerCase()}:${match[2]!.toUpperCase()}${match[3]}` });
  }
  const ordered = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
  return {
    ids: ordered.filter((id) => knownIds.has(id)),
    missing: ordered.filter((id) => !knownIds.has(id)),
  };
}

function expandChineseNumbers(list: string): number[] {
  const ascii = list
    .replace(new RegExp(NUMBER_PATTERN, 'g'), (n) => String(parseChineseNumber(n)))
    .replace(ZH_ORDINAL_PREFIX.patterns[0]!, '')
    .replace(ZH_LIST_SEPARATOR.patterns[0]!, ',')
    .replace(ZH_RANGE_SEPARATOR.patterns[0]!, '-');
  return expandNumbers(ascii);
}

function expandNumbers(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(LIST_SEPARATOR)) {
    const range = RANGE.exec(part.trim());
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to >= from && to - from <= 50) for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d+$/.test(part.trim())) {
      numbers.push(Number(part));
    }
  }
  return numbers;
}
