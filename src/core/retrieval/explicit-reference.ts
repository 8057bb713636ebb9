import { labelId } from '../corpus/section.js';
import { normalizeText } from '../text/tokenize.js';

export interface ExplicitReference {
  /** Ids that exist, in the order the question names them. */
  ids: string[];
  /** Labels the question names that the policy does not have ("Measure 50"). */
  missing: string[];
}

// (?!\d) keeps years and amounts out: "requirements 2025" is not Overall Requirement 202.
const NUMBER_LIST = String.raw`(\d{1,3}(?!\d)(?:\s*(?:,|and|&|to|-|through)\s*\d{1,3}(?!\d))*)`;
const PATTERNS: Array<{ prefix: 'M' | 'R'; pattern: RegExp }> = [
  { prefix: 'R', pattern: new RegExp(String.raw`\b(?:overall\s+)?requirements?\s*(?:no\.?\s*)?${NUMBER_LIST}`, 'gi') },
  { prefix: 'M', pattern: new RegExp(String.raw`\b(?:measures?|articles?|items?|clauses?)\s*(?:no\.?\s*)?${NUMBER_LIST}`, 'gi') },
  { prefix: 'M', pattern: /\bM\s?(\d{1,3})\b/g },
  { prefix: 'R', pattern: /\bR(\d{1,2})\b/g },
  { prefix: 'M', pattern: /第\s*(\d{1,3})\s*条/g },
];

/** Finds "measure 22", "articles 10-12", "overall requirement 3", "M10", "第10条" and maps them to ids. */
export function findExplicitReferences(question: string, knownIds: ReadonlySet<string>): ExplicitReference {
  const text = normalizeText(question);
  const found: Array<{ at: number; id: string }> = [];
  for (const { prefix, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      for (const n of expandNumbers(match[1]!)) found.push({ at: match.index, id: `${prefix}${n}` });
    }
  }
  if (/\bpreamble\b/i.test(text)) found.push({ at: text.search(/\bpreamble\b/i), id: 'PREAMBLE' });
  const ordered = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
  return {
    ids: ordered.filter((id) => knownIds.has(id)),
    missing: ordered.filter((id) => !knownIds.has(id)).map((id) => labelId(id)),
  };
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
