import { NUMBER_PATTERN, parseChineseNumber } from '../text/chinese-numerals.js';
import { normalizeText } from '../text/tokenize.js';

export interface ExplicitReference {
  /** Ids that exist, in the order the question names them. */
  ids: string[];
  /** Ids the question names that the corpus does not have ("M50"). */
  missing: string[];
}

// (?!\d) keeps years and amounts out: "requirements 2025" is not Overall Requirement 202.
const NUMBER_LIST = String.raw`(\d{1,3}(?!\d)(?:\s*(?:,|and|&|to|-|through)\s*\d{1,3}(?!\d))*)`;
const PATTERNS: Array<{ prefix: 'M' | 'R'; pattern: RegExp }> = [
  { prefix: 'R', pattern: new RegExp(String.raw`\b(?:overall\s+)?requirements?\s*(?:no\.?\s*)?${NUMBER_LIST}`, 'gi') },
  { prefix: 'M', pattern: new RegExp(String.raw`\b(?:measures?|articles?|items?|clauses?)\s*(?:no\.?\s*)?${NUMBER_LIST}`, 'gi') },
  { prefix: 'M', pattern: /(?<!:)\bM\s?(\d{1,3})\b/g },
  { prefix: 'R', pattern: /(?<!:)\bR(\d{1,2})\b/g },
];

// Chinese: 措施10, 第十条, 第10、15条, 第十项措施, 总体要求第二条 (总体要求里的第三条); numbers in digits or Chinese numerals.
// "一共", "一些", "一般" are words, not the number one.
const ZH_NUMBER = `${NUMBER_PATTERN}(?![共些般样起直致切定旦体])`;
const ZH_LIST = `(${ZH_NUMBER}(?:\\s*(?:、|,|，|和|及|与|至|到|-|~)\\s*(?:第\\s*)?${ZH_NUMBER})*)`;
const ZH_PATTERNS: Array<{ prefix: 'M' | 'R'; pattern: RegExp }> = [
  // "总体要求第二条", also "总体要求里的第三条", "总体要求中第2条".
  { prefix: 'R', pattern: new RegExp(`总体要求\\s*(?:(?:里|中|部分)?(?:的)?\\s*)?(?:第\\s*)?${ZH_LIST}`, 'g') },
  { prefix: 'M', pattern: new RegExp(`措施\\s*(?:第\\s*)?${ZH_LIST}`, 'g') },
  { prefix: 'M', pattern: new RegExp(`第\\s*${ZH_LIST}\\s*(?:条|项|款|点)`, 'g') },
];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL = new RegExp(String.raw`\b(${ORDINALS.join('|')})\s+(overall\s+requirement|requirement|measure)\b`, 'gi');

/** Finds "measure 22", "articles 10-12", "overall requirement 3", "M10", "第10条" and maps them to ids. */
export function findExplicitReferences(question: string, knownIds: ReadonlySet<string>): ExplicitReference {
  const text = normalizeText(question);
  const found: Array<{ at: number; id: string }> = [];
  for (const { prefix, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      for (const n of expandNumbers(match[1]!)) found.push({ at: match.index, id: `${prefix}${n}` });
    }
  }
  // "总体要求第二条" names a requirement: its "第二条" is not also Measure 2.
  const claimed: Array<[number, number]> = [];
  for (const { prefix, pattern } of ZH_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (claimed.some(([from, to]) => start >= from && start < to)) continue;
      claimed.push([start, start + match[0].length]);
      for (const n of expandChineseNumbers(match[1]!)) found.push({ at: start, id: `${prefix}${n}` });
    }
  }
  // "the first overall requirement", "the third measure".
  for (const match of text.matchAll(ORDINAL)) {
    const n = ORDINALS.indexOf(match[1]!.toLowerCase()) + 1;
    found.push({ at: match.index, id: `${/requirement/i.test(match[2]!) ? 'R' : 'M'}${n}` });
  }
  if (/\bpreamble\b/i.test(text)) found.push({ at: text.search(/\bpreamble\b/i), id: 'PREAMBLE' });
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
    .replace(/第\s*/g, '')
    .replace(/[、，,]|和|及|与/g, ',')
    .replace(/至|到|~/g, '-');
  return expandNumbers(ascii);
}

function expandNumbers(list: string): number[] {
  const numbers: number[] = [];
  for (const part of list.split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d+)\s*(?:to|-|through)\s*(\d+)$/.exec(part.trim());
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (to >= from && to - from <= 50) for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d+$/.test(part.trim())) {
      numbers.push(Number(part));
    }
  }
  return numbers;
}
