/** Han characters and the full-width punctuation written between them. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Spaces of every width (half-width, no-break, ideographic, ...) that readers leave in or around text. */
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Characters that carry no text: byte-order marks, zero-width spaces and joiners, soft hyphens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * CJK radicals that PDF fonts (Noto CJK among them) map their glyphs back to instead of the
 * character itself ("⻔" for 门): the radicals that are whole characters, from Unicode's
 * EquivalentUnifiedIdeograph.txt. Kangxi radicals (U+2F00-U+2FDF) are undone by NFKC instead.
 */
const RADICALS: Record<string, string> = Object.fromEntries([
  ['⺁', '厂'],
  ['⺄', '乙'],
  ['⺌', '小'],
  ['⺝', '月'],
  ['⺟', '母'],
  ['⺠', '民'],
  ['⺩', '王'],
  ['⺬', '示'],
  ['⺮', '竹'],
  ['⺷', '羊'],
  ['⺻', '聿'],
  ['⺼', '月'],
  ['⺽', '臼'],
  ['⻁', '虎'],
  ['⻄', '西'],
  ['⻅', '见'],
  ['⻆', '角'],
  ['⻇', '角'],
  ['⻉', '贝'],
  ['⻋', '车'],
  ['⻑', '長'],
  ['⻓', '长'],
  ['⻔', '门'],
  ['⻗', '雨'],
  ['⻘', '青'],
  ['⻙', '韦'],
  ['⻚', '页'],
  ['⻛', '风'],
  ['⻜', '飞'],
  ['⻝', '食'],
  ['⻢', '马'],
  ['⻣', '骨'],
  ['⻤', '鬼'],
  ['⻥', '鱼'],
  ['⻦', '鸟'],
  ['⻧', '卤'],
  ['⻨', '麦'],
  ['⻩', '黄'],
  ['⻪', '黾'],
  ['⻬', '齐'],
  ['⻮', '齿'],
  ['⻰', '龙'],
  ['⻳', '龟'],
]);
const RADICAL = new RegExp(`[${Object.keys(RADICALS).join('')}\u2f00-\u2fdf]`, 'g');

/**
 * One paragraph as policy.txt holds it: one line, no invisible characters, spaces collapsed, none at
 * either end, and none between two Chinese characters (PDFs and justified Word text put them there).
 */
export function normaliseParagraph(text: string): string {
  const collapsed = text
    .normalize('NFC')
    .replace(RADICAL, (radical) => RADICALS[radical] ?? radical.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim();
  return collapsed.replace(/ (?=\S)/g, (space, offset: number) =>
    CJK.test(collapsed[offset - 1] ?? '') && CJK.test(collapsed[offset + 1] ?? '') ? '' : space,
  );
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
  // Lines break after the hyphen of a compound ("low-" / "altitude"): the hyphen stays, no space.
  if (/[A-Za-z]-$/.test(a) && /^[A-Za-z]/.test(b)) return a + b;
  return `${a} ${b}`;
}

/** True when the text is mostly Chinese characters rather than Latin letters. */
export function isMostlyChinese(text: string): boolean {
  const han = text.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin;
}
