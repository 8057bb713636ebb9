/**
 * Digits and numerals as rule-based checks read them (never for display): any Unicode decimal
 * digit (full-width ３, Arabic-Indic ٣, Devanagari ३, mathematical 𝟑) as its ASCII digit, and the
 * financial numerals of Chinese amounts (壹仟伍佰) as the everyday ones (一千五百).
 */

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value of a Unicode decimal digit. Unicode encodes every decimal digit set as ten code
 * points in a row starting at zero, some sets directly after another (the mathematical digits),
 * so the value is the distance from the start of its run, modulo ten.
 */
export function digitValue(ch: string): number {
  const code = ch.codePointAt(0)!;
  let start = code;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/** Full-width forms, the ideographic space and full stop, and dashes, as ASCII; invisible joiners dropped. */
function foldWidth(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  if (ch === '。' || ch === '｡') return '.';
  if (ch === '﹫') return '@';
  if (DASHES.has(ch)) return '-';
  if (INVISIBLE.has(ch)) return '';
  return ch;
}

const DASHES = new Set(['‐', '‑', '‒', '–', '—', '―', '−', '﹣']);
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

export interface FoldedText {
  text: string;
  /** For each index of `text` (and one past its end), the index in the original it came from. */
  origin: number[];
}

/**
 * The text with every decimal digit in ASCII and width folded, one code point at a time, with a
 * map back to the original: a match found in the folded text can be replaced in the original.
 */
export function foldDigitsAndWidth(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    // ASCII is already folded: most of any text, and the rest is looked up once per character.
    const out = ch.charCodeAt(0) < 0x80 ? ch : DECIMAL_DIGIT.test(ch) ? String(digitValue(ch)) : foldWidth(ch);
    for (let i = 0; i < out.length; i++) origin.push(index);
    folded += out;
    index += ch.length;
  }
  origin.push(index);
  return { text: folded, origin };
}

/** Every decimal digit in ASCII (full-width, Arabic-Indic, Devanagari, ...); nothing else changes. */
export function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (ch) => (/[0-9]/.test(ch) ? ch : String(digitValue(ch))));
}

const FINANCIAL: Record<string, string> = {
  零: '零',
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  叄: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
};

const FINANCIAL_CHARS = new RegExp(`[${Object.keys(FINANCIAL).join('')}]`, 'g');

/** "壹仟伍佰" as "一千五百", "伍拾" as "五十": the same figures, read by the same numeral parser. */
export function foldFinancialNumerals(text: string): string {
  return text.replace(FINANCIAL_CHARS, (ch) => FINANCIAL[ch]!);
}
