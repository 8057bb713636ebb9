import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentReadError } from './document-error.js';
import { joinWrappedLines } from './normalise-text.js';

/** pdf.js's character maps ship in the package: Chinese fonts without a Unicode table are read offline. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** One line of text on a page, as placed: baseline y (up is larger), left and right edges, font size. */
interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Width of the line's first word (one character in Chinese): a shorter line above ended its paragraph. */
  firstWord: number;
}

const HAN = '\\u2e80-\\u2fdf\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
/** Spaces between a Chinese character and a digit or curly quote, either way round. */
const SPACE_BESIDE_HAN = new RegExp(`(?<=[${HAN}])\\s+(?=[\\d“”‘’])|(?<=[\\d“”‘’])\\s+(?=[${HAN}])`, 'gu');

const PAGE_NUMBER = [
  /^[-—–－\s]*\d+[-—–－\s]*$/,
  /^第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s+\d+(?:\s+of\s+\d+)?$/i,
];

/**
 * The paragraphs of a PDF with a text layer (pdf.js, legacy build for Node, its worker run in-process).
 * Lines are rebuilt from the glyphs' positions; page numbers and lines repeated at the top or bottom
 * of the pages (running headers, footers) are dropped; lines wrapped inside a paragraph are joined.
 */
export async function readPdf(bytes: Uint8Array): Promise<string[]> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) {
    throw new DocumentReadError('not a PDF file (no %PDF header)');
  }
  let pages: Line[][];
  try {
    pages = await readPages(bytes);
  } catch (error) {
    throw new DocumentReadError(`not a readable PDF: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
  const body = dropRunningLines(pages);
  if (body.every((page) => page.length === 0)) {
    throw new DocumentReadError('no text layer in this PDF (a scan?); run it through OCR first');
  }
  return joinParagraphs(body);
}

async function readPages(bytes: Uint8Array): Promise<Line[][]> {
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: new Uint8Array(bytes),
    cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
    isEvalSupported: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(toLines(content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/** Glyph runs on one baseline (within a third of the font size) are one line, read left to right. */
function toLines(items: TextItem[]): Line[] {
  const placed = items
    .map((item) => ({
      text: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      width: item.width,
      size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: (typeof placed)[] = [];
  for (const item of placed) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) < item.size / 3) line.push(item);
    else lines.push([item]);
  }
  return lines.map((runs) => {
    runs.sort((a, b) => a.x - b.x);
    let text = '';
    let end = runs[0]!.x;
    for (const run of runs) {
      // A visible gap between runs is a space; normaliseParagraph drops it again between Chinese characters.
      text += run.x - end > run.size * 0.2 ? ` ${run.text}` : run.text;
      end = run.x + run.width;
    }
    // Chinese is set without spaces next to digits and curly quotes too: a space there is the
    // font's or pdf.js's, not the author's ("100 人以上", "“ 平台 ”").
    text = text.replace(SPACE_BESIDE_HAN, '');
    const first = runs[0]!;
    const charWidth = first.width / Math.max(1, first.text.length);
    // A Chinese line may break after any character, but closing punctuation never starts a line and
    // opening punctuation never ends one: "元。" and "（套）" move down together, so the line above may
    // end short by two or three characters. Fonts may give a character as its CJK radical (U+2E80-U+2FDF).
    // Opening punctuation before Latin text ("（https://…）") moves down with all of it.
    const latinAfterOpening = /^[（《「『【〔“‘]+[^\s\u2e80-\u9fff\uff00-\uffef]+[）》」』】〕”’]?/u.exec(text)?.[0];
    const word =
      latinAfterOpening?.length ??
      (/^[\u2e80-\u2fdf\u3000-\u9fff\uff00-\uffef]/.test(text)
        ? (/^[（《「『【〔“‘]*.[。，、；：？！）》」』】〕”’]*/u.exec(text)?.[0].length ?? 1)
        : (/^\S+/.exec(text)?.[0].length ?? 1));
    return {
      text: text.trim(),
      x: first.x,
      right: end,
      y: first.y,
      size: Math.max(...runs.map((r) => r.size)),
      firstWord: word * charWidth,
    };
  });
}

/**
 * Drops page numbers among the first and last two lines of a page, and lines that recur there on
 * several pages (digits aside: "Page 3" and "Page 4" are the same line).
 */
function dropRunningLines(pages: Line[][]): Line[][] {
  const edge = (page: Line[]) => [...page.slice(0, 2), ...page.slice(-2)];
  const shape = (line: Line) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, number>();
  for (const page of pages) for (const key of new Set(edge(page).map(shape))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return pages.map((page) => {
    const edges = new Set(edge(page));
    return page.filter((line) => {
      if (!edges.has(line)) return true;
      if (PAGE_NUMBER.some((pattern) => pattern.test(line.text.trim()))) return false;
      return pages.length < 2 || (seen.get(shape(line)) ?? 0) < 2;
    });
  });
}

/**
 * A line starts a new paragraph when its font size changes, when it is indented (Chinese official
 * texts indent each paragraph by two characters), when the line above ended before the margin by
 * more than this line's first word (so that word would have fit there), or after a wider gap than
 * the text's usual line spacing. Lines in a larger type than the body (a title over two lines) stay together.
 */
function joinParagraphs(pages: Line[][]): string[] {
  const lines = pages.flat();
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const bodySize = mostCommon(lines.map((l) => Math.round(l.size)));
  // The spacing of lines inside a paragraph: the tightest that body text shows (most gaps may be
  // between paragraphs when most paragraphs are one line long).
  const pitches = pages.flatMap((page) =>
    page
      .slice(1)
      .flatMap((line, i) => (Math.round(line.size) === bodySize && Math.round(page[i]!.size) === bodySize ? [page[i]!.y - line.y] : [])),
  );
  const pitch = percentile(
    pitches.filter((p) => p > 0),
    0.1,
  );
  const paragraphs: string[] = [];
  let previous: Line | undefined;
  for (const page of pages) {
    page.forEach((line, i) => {
      const sameSize = previous !== undefined && Math.abs(previous.size - line.size) <= line.size * 0.1;
      const wideGap = i > 0 && page[i - 1]!.y - line.y > pitch * 1.4;
      const startsNew =
        previous === undefined ||
        !sameSize ||
        wideGap ||
        // A heading or title larger than the body text runs on over its lines whatever their alignment.
        (Math.round(line.size) > bodySize
          ? false
          : line.x - left > line.size * 0.8 || right - previous.right > line.firstWord + line.size * 0.5);
      if (startsNew) paragraphs.push(line.text);
      else paragraphs[paragraphs.length - 1] = joinWrappedLines(paragraphs.at(-1)!, line.text);
      previous = line;
    });
  }
  return paragraphs;
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * share)]!;
}
