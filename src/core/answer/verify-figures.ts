import { langRule, langRuleWith } from '../lang/lang-data.js';
import { foldDigits, foldFinancialNumerals } from '../text/fold-digits.js';
/**
 * Every figure a text states, as numbers: amounts, percentages, dates, durations, rates and
 * counts, written in digits of any script ("5,000,000", "５０%", "٥٠", "2025年6月30日"), in English
 * words ("five million", "twenty working days"), in Chinese numerals, everyday or financial
 * ("五百万", "百分之五十", "壹仟伍佰", "二〇二五年") or as month names ("30 June" gives 30 and 6).
 * A claim's figures must all occur among its source's.
 */
export function extractFigures(text: string): number[] {
  const figures: number[] = [];
  const rest = foldFinancialNumerals(foldDigits(text.normalize('NFKC')))
    .replace(CHINESE_YEAR, (year: string) => keep(figures, Number([...year].map((ch) => CN_DIGITS[ch]!).join(''))))
    .replace(MONTHS, (month: string) => keep(figures, MONTH_NUMBERS[month.slice(0, 3).toLowerCase()]!))
    .replace(DIGITS, (_, number: string, scale?: string) => keep(figures, parseDigits(number) * scaleOf(scale)))
    .replace(CHINESE, (_, numeral: string) => keep(figures, parseChineseNumeral(numeral)));
  for (const words of rest.match(NUMBER_WORDS) ?? []) {
    const value = parseNumberWords(words);
    if (value !== null) figures.push(value);
  }
  return figures.filter((n) => Number.isFinite(n));
}

/** A year written digit by digit in Chinese numerals ("二〇二五年"), which has no magnitude character. */
const CHINESE_YEAR = langRule('claims', 'chinese-year', ['zh']).patterns[0]!;

/** Replaced by a space so that what is left cannot be read as a figure twice. */
function keep(figures: number[], value: number): string {
  figures.push(value);
  return ' ';
}

/** A number in digits and its scale word, if any; the scales are read from SCALES. */
const DIGITS = langRule('claims', 'digits-with-scale', ['en']).patterns[0]!;
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  千: 1e3,
  million: 1e6,
  m: 1e6,
  万: 1e4,
  billion: 1e9,
  bn: 1e9,
  亿: 1e8,
  trillion: 1e12,
};
const scaleOf = (scale?: string) => (scale ? SCALES[scale.toLowerCase()]! : 1);
const parseDigits = (text: string) => Number(text.replace(/,/g, ''));

/** A run of Chinese numerals counts as a figure when it has a magnitude, follows 第 or 百分之, or counts something. */
const CHINESE = langRule('claims', 'chinese-numeral', ['zh']).patterns[0]!;
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "五百万" 5000000, "一亿二千万" 120000000, "十五" 15, "三" 3. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      section += (digit || 1) * CN_UNITS[ch]!;
      digit = 0;
    } else if (ch === '万' || ch === '亿') {
      total += (section + digit || 1) * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** "May" only before or after a day, where it cannot be the verb. */
const MONTHS = langRule('claims', 'month-names', ['en']).patterns[0]!;

const UNITS: Record<string, number> = {
  zero: 0,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(WORD_SCALES), 'one', 'a'].join('|')})`;
const NUMBER_WORDS = langRuleWith('claims', 'number-words', { word: NUMBER_WORD }, ['en']).patterns[0]!;

/**
 * "five million" 5000000, "twenty-five" 25, "a hundred" 100. "one" and "a" alone are not figures
 * ("one of the measures"), only before a scale ("one million", "a thousand").
 */
function parseNumberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (!words.some((w) => w in UNITS || w in WORD_SCALES)) return null;
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word in UNITS) current += UNITS[word]!;
    else if (word === 'one' || word === 'a') current += 1;
    else if (word === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * WORD_SCALES[word]!;
      current = 0;
    }
  }
  return total + current;
}
