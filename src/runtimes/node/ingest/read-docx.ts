import mammoth from 'mammoth';
import { DocumentReadError } from './document-error.js';

/**
 * The paragraphs of a Word (.docx) file, in order, tables included, as mammoth reads them:
 * its raw text puts each paragraph on its own, followed by a blank line.
 */
export async function readDocx(bytes: Uint8Array): Promise<string[]> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentReadError('not a Word (.docx) file: it is not a zip archive');
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new DocumentReadError(`not a readable Word (.docx) file: ${firstLine(error)}`);
  }
  return text.split(/\n\n/);
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0]!;
}
