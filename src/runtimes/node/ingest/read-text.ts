import { DocumentReadError } from './document-error.js';
import { joinWrappedLines } from './normalise-text.js';

const LINE_BREAK = /\r\n|\r|\n/;
const BLANK_LINE = /(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)/;

/**
 * The paragraphs of a plain-text file (UTF-8). Usually every line is a paragraph, as in policy.txt.
 * A text wrapped at a fixed width (blank lines between paragraphs, the lines inside one about as
 * long as each other) has its wrapped lines joined instead.
 */
export function readText(bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentReadError('not UTF-8 text; save it as UTF-8 and try again');
  }
  const blocks = text.split(BLANK_LINE).map((block) => block.trim().split(LINE_BREAK));
  if (!isWrappedAtFixedWidth(blocks)) return text.split(LINE_BREAK);
  return blocks.map((lines) => lines.reduce(joinWrappedLines, ''));
}

/** Lines that end a paragraph early are left out: only lines the wrapping cut must be of one length. */
function isWrappedAtFixedWidth(blocks: string[][]): boolean {
  const cut = blocks.flatMap((lines) => lines.slice(0, -1)).map((line) => line.trim().length);
  if (blocks.length < 2 || cut.length < 2) return false;
  const width = Math.max(...cut);
  return width <= 120 && cut.filter((length) => length >= width * 0.7).length >= cut.length * 0.8;
}
