import { foldDigitsAndWidth } from '../text/fold-digits.js';

/**
 * Personal data removed before anything is stored. Each pattern is anchored on digit or
 * word boundaries so that "Measure 10", "2025" or "(2+2)+(3+6)" survive untouched. The patterns
 * run on the text with digits of every script and full-width forms folded to ASCII ("１３８…",
 * "li＠example。com"), and what they match is replaced in the text as typed.
 */
const RULES: Array<{ label: string; pattern: RegExp; accept?: (match: string) => boolean; needs?: string }> = [
  // Tried only on text with an @: it starts a match at every letter, the slowest rule on long text.
  { label: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, needs: '@' },
  // PRC resident identity number: 6-digit area, birth date 18xx-20xx, 3 digits, check digit; the
  // parts may be grouped with a space or a dash (310101 19900307 123X).
  {
    label: 'id-number',
    pattern:
      /(?<![\d])[1-9]\d{5}[ -]?(?:18|19|20)\d{2}[ -]?(?:0[1-9]|1[0-2])[ -]?(?:0[1-9]|[12]\d|3[01])[ -]?\d{3}[ -]?[\dXx](?![\dA-Za-z])/g,
  },
  // Mainland mobiles: 1[3-9] and nine digits, optionally +86 and grouped 3-4-4.
  { label: 'phone', pattern: /(?<![\d])(?:(?:\+|00)?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\d])/g },
  // International numbers written with + or 00 and a country code.
  { label: 'phone', pattern: /(?<!\d[ -]?)(?:\+|00)[1-9]\d{0,2}[ -]?(?:\(?\d{1,4}\)?[ -]?){1,4}\d{2,4}(?![\d])/g },
  // Bank cards: 13-19 digits, optionally grouped, that pass the Luhn check.
  { label: 'card-number', pattern: /(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])/g, accept: (m) => luhn(m.replace(/\D/g, '')) },
  // Landlines: area code 0xx or 0xxx, then 7-8 digits (021-12345678, (021) 1234 5678).
  { label: 'phone', pattern: /(?<!\d[ -]?)\(?0[1-9]\d{1,2}\)?[ -]?\d{3,4}[ -]?\d{4}(?![\d])/g },
];

/** Every rule needs a digit (of any script) or an at sign (of any width): text with neither is returned without running them. */
const MAY_HOLD_PERSONAL_DATA = /[\p{Nd}@＠﹫]/u;

export function redact(text: string): string {
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return text;
  let out = text;
  // Folded once, and again only after a rule has replaced something.
  let folded = foldDigitsAndWidth(out);
  for (const { label, pattern, accept, needs } of RULES) {
    if (needs && !folded.text.includes(needs)) continue;
    const found: Array<[number, number]> = [];
    for (const match of folded.text.matchAll(pattern)) {
      if (accept && !accept(match[0])) continue;
      found.push([folded.origin[match.index]!, folded.origin[match.index + match[0].length]!]);
    }
    // From the end, so that earlier positions stay valid.
    for (const [start, end] of found.reverse()) out = `${out.slice(0, start)}[${label} removed]${out.slice(end)}`;
    if (found.length > 0) folded = foldDigitsAndWidth(out);
  }
  return out;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
