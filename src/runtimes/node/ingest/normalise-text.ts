/** Han characters (and the radicals PDF fonts give for some, U+2E80-U+2FDF) and the full-width punctuation written between them. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Spaces of every width (half-width, no-break, ideographic, ...) that readers leave in or around text. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Characters that carry no text: byte-order marks, zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * CJK radicals that PDF fonts map their glyphs back to instead of the character itself ("⻔" for 门):
 * measured by printing all GB2312 characters with Chromium in Noto Serif CJK SC and reading them
 * back with pdf.js. Other Kangxi radicals (U+2F00-U+2FDF) are undone by NFKC; the door radical ⼾
 * is listed because NFKC would make it the traditional 戶 where the glyph was 户.
 */
const RADICALS: Record<string, string> = Object.fromEntries(
  [
    ...'⼾户⻧卤⺒巳⺠民⻁虎⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻨麦⻩黄⻬齐⻮齿⻰龙⺦丬⺅亻⺎兀⺉刂⺐尢⺓幺⺕彐⺖忄⺘扌⺙攵⺡氵⺣灬⺨犭⺭礻⺰纟⺺肀⺾艹⻂衤⻈讠⻌辶⻐钅⻖阝⻠饣⻪黾',
  ].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!]] : [])),
);
const RADICAL = new RegExp(`[${Object.keys(RADICALS).join('')}\u2f00-\u2fdf]`, 'g');

/**
 * The horizontal bar (U+2015) PDF fonts give back for the Chinese dash "——" drawn as an em dash
 * (U+2014): read as the em dash, so a PDF and its text file agree ("9:00—11:30").
 */
const HORIZONTAL_BAR = /\u2015/g;

/** Digits and curly quotes, which Chinese is set solid against as against its own characters. */
const SOLID_WITH_CJK = /[\d“”‘’]/;

/**
 * One paragraph as policy.txt holds it: one line, no invisible characters, spaces collapsed, none at
 * either end, and none between two Chinese characters or between one and a digit or curly quote
 * (PDFs and justified Word text put them there: "100 人以上", "“ 平台 ”"), so every format of a
 * document gives the same text.
 */
export function normaliseParagraph(text: string): string {
  const collapsed = text
    .normalize('NFC')
    .replace(RADICAL, (radical) => RADICALS[radical] ?? radical.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(HORIZONTAL_BAR, '\u2014')
    .replace(SPACES, ' ')
    .trim();
  return collapsed.replace(/ (?=\S)/g, (space, offset: number) => (isSetSolid(collapsed[offset - 1], collapsed[offset + 1]) ? '' : space));
}

/** The paragraphs as policy.txt: one a line, empty ones dropped, ending in a newline. */
export function formatPolicyText(paragraphs: string[]): string {
  const kept = paragraphs.map(normaliseParagraph).filter((p) => p !== '');
  return kept.length === 0 ? '' : `${kept.join('\n')}\n`;
}

/**
 * Two pieces of one paragraph that a reader found on separate lines: Chinese text is written
 * without spaces, so a break next to a Chinese character joins without one; other text with one.
 */
export function joinWrappedLines(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (a === '') return b;
  if (b === '') return a;
  if (CJK.test(a.at(-1)!) || CJK.test(b[0]!)) return a + b;
  // Lines break after the hyphen of a compound ("low-" / "altitude") or of a phone number or range ("021-" / "6233 5108"): the hyphen stays, no space.
  if ((/[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b)) || (/\d-$/.test(a) && /^\d/.test(b))) return a + b;
  return `${a} ${b}`;
}

/** True when the text is mostly Chinese characters rather than Latin letters. */
export function isMostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}

/** Whether no space belongs between two characters: both Chinese, or one Chinese beside a digit or curly quote. */
function isSetSolid(before = '', after = ''): boolean {
  return (CJK.test(before) && (CJK.test(after) || SOLID_WITH_CJK.test(after))) || (SOLID_WITH_CJK.test(before) && CJK.test(after));
}
