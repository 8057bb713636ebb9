import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DocumentReadError } from './document-error.js';
import type { DocumentText } from './document-text.js';
import { formatPolicyText } from './normalise-text.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readPdf } from './read-pdf.js';
import { readText } from './read-text.js';

const plain =
  (read: (bytes: Uint8Array) => string[] | Promise<string[]>) =>
  async (bytes: Uint8Array): Promise<DocumentText> => ({ paragraphs: await read(bytes), warnings: [] });

const READERS: Record<string, (bytes: Uint8Array) => Promise<DocumentText>> = {
  '.txt': plain(readText),
  '.html': plain(readHtml),
  '.htm': plain(readHtml),
  '.docx': readDocx,
  '.pdf': plain(readPdf),
};

/** Formats people have that we do not read, with what to do instead. */
const SAVE_AS: Record<string, string> = {
  '.doc': 'an old Word file: save it as .docx',
  '.wps': 'a WPS file: save it as .docx',
  '.rtf': 'save it as .docx',
};

/**
 * A document file's text as policy.txt (one paragraph a line) and what a person should check in it.
 * Anything unreadable is a DocumentReadError.
 */
export async function readDocument(file: string): Promise<{ text: string; warnings: string[] }> {
  const extension = extname(file).toLowerCase();
  const read = READERS[extension];
  if (!read) {
    const hint = SAVE_AS[extension] ?? 'give a .txt, .html, .docx or .pdf file';
    throw new DocumentReadError(`cannot read ${extension ? `"${extension}" files` : 'a file without an extension'}; ${hint}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentReadError(
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`,
    );
  }
  if (bytes.length === 0) throw new DocumentReadError('the file is empty');
  const { paragraphs, warnings } = await read(bytes);
  const text = formatPolicyText(paragraphs);
  if (text === '') throw new DocumentReadError('no text found in it');
  return { text, warnings };
}
