const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals or Arabic digits, as written in references: 十 10, 三十 30, 四十一 41, 一百 100, 41. */
export const NUMBER_PATTERN = '(?:\\d{1,3}|[零〇一二两三四五六七八九十百]{1,5})';

/** "四十一" -> 41, "十" -> 10, "12" -> 12; NaN for anything else. */
export function parseChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else {
      return Number.NaN;
    }
  }
  return total + digit;
}
