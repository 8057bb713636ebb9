import mammoth from 'mammoth';
import { DocumentReadError } from './document-error.js';
import type { DocumentText } from './document-text.js';

/** mammoth's document tree, as far as it is read here. */
interface WordElement {
  type: string;
  numbering?: { isOrdered: boolean } | null;
  children?: WordElement[];
}

/**
 * The paragraphs of a Word (.docx) file, in order, tables included, as mammoth reads them:
 * its raw text puts each paragraph on its own, followed by a blank line. Headers and footers
 * (page numbers) are not part of it.
 */
export async function readDocx(bytes: Uint8Array): Promise<DocumentText> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentReadError('not a Word (.docx) file: it is not a zip archive');
  const buffer = Buffer.from(bytes);
  let text: string;
  let numbered: number;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer }));
    numbered = await countNumberedParagraphs(buffer);
  } catch (error) {
    throw new DocumentReadError(`not a readable Word (.docx) file: ${String((error as Error).message ?? error).split('\n')[0]}`);
  }
  const warnings =
    numbered > 0
      ? [
          `${numbered} paragraphs are numbered by Word's automatic list numbering, which is not part of their text: write the numbers (一、 （一） 1.) into policy.txt where the layout needs them`,
        ]
      : [];
  return { paragraphs: text.split('\n\n'), warnings };
}

/**
 * Word's automatic numbering lives in the list definitions, not in the paragraph: mammoth tells which
 * paragraphs carry it (only while converting, hence the second pass) but not the numbers themselves.
 */
async function countNumberedParagraphs(buffer: Buffer): Promise<number> {
  let count = 0;
  const visit = (element: WordElement) => {
    if (element.type === 'paragraph' && element.numbering?.isOrdered) count += 1;
    for (const child of element.children ?? []) visit(child);
  };
  await mammoth.convertToHtml(
    { buffer },
    {
      transformDocument: (document: WordElement) => {
        visit(document);
        return document;
      },
    },
  );
  return count;
}
