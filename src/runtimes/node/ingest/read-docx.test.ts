import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-error.js';
import { readDocx } from './read-docx.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A Word file whose paragraphs are given as [text, numbered by a Word list?]. */
function makeDocx(paragraphs: [string, boolean][]): Uint8Array {
  const body = paragraphs
    .map(
      ([text, numbered]) =>
        `<w:p>${numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

describe('readDocx', () => {
  it('reads the paragraphs in order', async () => {
    const read = await readDocx(
      makeDocx([
        ['某区关于支持文旅消费的实施办法', false],
        ['为激发消费活力，制定本办法。', false],
      ]),
    );
    expect(read).toEqual({ paragraphs: ['某区关于支持文旅消费的实施办法', '为激发消费活力，制定本办法。', ''], warnings: [] });
  });

  it('warns that Word list numbers are not in the text', async () => {
    const read = await readDocx(
      makeDocx([
        ['基本原则', true],
        ['坚持便民高效。', false],
        ['主要任务', true],
      ]),
    );
    expect(read.paragraphs.slice(0, 3)).toEqual(['基本原则', '坚持便民高效。', '主要任务']);
    expect(read.warnings).toEqual([
      "2 paragraphs are numbered by Word's automatic list numbering, which is not part of their text: write the numbers (一、 （一） 1.) into policy.txt where the layout needs them",
    ]);
  });

  it('names what is wrong with a file that is not a Word file', async () => {
    await expect(readDocx(new TextEncoder().encode('plain text'))).rejects.toThrow(
      new DocumentReadError('not a Word (.docx) file: it is not a zip archive'),
    );
    await expect(readDocx(zipSync({ 'a.txt': strToU8('x') }))).rejects.toThrow(/^not a readable Word \(\.docx\) file: /);
  });
});
