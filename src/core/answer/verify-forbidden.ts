import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';

export type ForbiddenKind = 'link' | 'contact' | 'code';

/**
 * What an answer about a policy never needs unless the policy itself has it: links and
 * addresses, e-mail and phone numbers (a model invents plausible ones), and code.
 */
const rule = (name: string, languages?: Language[]) => langRule('claims', name, languages).patterns;
const PATTERNS: Array<[ForbiddenKind, RegExp]> = [
  ...rule('forbidden-contact').map((p): [ForbiddenKind, RegExp] => ['contact', p]),
  ['link', rule('forbidden-link', ['en'])[0]!],
  ['link', /\[[^\]]*\]\([^)]*\)|<a\s/i],
  ['code', /`|<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>|<\?|\?>|\{\{|\}\}|^\s*[{}[\]()]+\s*$|^\s*#!/im],
  ['code', rule('forbidden-code-statement', ['en'])[0]!],
  [
    'code',
    /\b[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\(|\b[a-z]+_\w*\s*\(|\b\w+\(\s*\)|\b\w+\(\s*['"]|\b\w+\s*(?:\+=|-=|:=)|(?:^|\s)[A-Za-z_]\w*(?:\[[^\]]*\])?\s*=\s*\S/m,
  ],
  ['code', rule('forbidden-code-operator', ['en'])[0]!],
  ['code', rule('forbidden-code-sql', ['en'])[0]!],
];

/** Phone numbers: mainland mobiles, landlines with an area code, international numbers, grouped digits; not year ranges. */
const PHONE =
  /(?<![\d.])(?:(?:\+|00)\d{1,3}[\s-]?(?:\(?\d{1,4}\)?[\s-]?){1,4}\d{2,4}|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}|\d{3,4}[\s-]\d{4}(?:[\s-]\d{4})?|\d{7,})(?![\d.])/g;
const YEARS = /^(?:19|20)\d\d[\s-](?:19|20)\d\d$/;

/** The first kind of forbidden content in `text` that `source` (the cited sections' text) lacks. */
export function findForbidden(text: string, source: string): ForbiddenKind | null {
  for (const [kind, pattern] of PATTERNS) {
    const found = pattern.exec(text);
    if (found && !source.includes(found[0].trim())) return kind;
  }
  // A number the source states counts however it is grouped ("021 6215 1234" for "021-62151234").
  const known = new Set((source.match(PHONE) ?? []).map(digitsOf));
  const phones = (text.match(PHONE) ?? []).filter((n) => !YEARS.test(n) && !source.includes(n) && !known.has(digitsOf(n)));
  return phones.length > 0 ? 'contact' : null;
}

const digitsOf = (number: string) => number.replace(/\D/g, '');
