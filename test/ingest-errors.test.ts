import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runIngest } from './ingest-run.js';

// `npm run ingest -- FILE` run as a command: a file it cannot read ends in one line naming the file and
// exit 2, and the corpus folder is left exactly as it was (no draft, no hidden staging folder).
const dir = mkdtempSync(join(tmpdir(), 'ingest-errors-'));
const corpusDir = join(dir, 'corpus');
const files = join(dir, 'files');
mkdirSync(files);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir);
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const pdf = readFileSync(join(FIXTURES, 'documents', 'zh-ingest-guide.pdf'));
/** One blank page and no text, as a scanner's PDF is to a text reader (pdf.js rebuilds the missing cross-reference table). */
const EMPTY_PAGE_PDF = [
  '%PDF-1.4',
  '1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj',
  '2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj',
  '3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj',
  'trailer <</Root 1 0 R>>',
  '%%EOF',
].join('\n');

describe('a file that cannot be read ends in one line and exit 2, with nothing written', () => {
  it.each([
    [
      'a corrupt Word file',
      () => file('broken.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)])),
      /^not a readable Word \(\.docx\) file: /,
    ],
    ['a text file renamed .docx', () => file('notes.docx', 'just some notes'), /^not a Word \(\.docx\) file: it is not a zip archive$/],
    ['a text file renamed .pdf', () => file('notes.pdf', '本文件为测试用虚构文本'), /^not a PDF file \(no %PDF header\)$/],
    ['a PDF cut short', () => file('cut.pdf', pdf.subarray(0, 2000)), /^not a readable PDF: /],
    [
      'a PDF without a text layer (a scan)',
      () => file('scan.pdf', EMPTY_PAGE_PDF),
      /^no text layer in this PDF \(a scan\?\); run it through OCR first$/,
    ],
    ['an empty file', () => file('empty.txt', ''), /^the file is empty$/],
    ['a file of spaces', () => file('blank.txt', '\u3000 \n\n \u00a0\n'), /^no text found in it$/],
    [
      'text that is not UTF-8',
      () => file('gbk.txt', Buffer.from([0xb1, 0xbe, 0xb4, 0xeb, 0xca, 0xa9])),
      /^not UTF-8 text; save it as UTF-8/,
    ],
    ['an unknown extension', () => file('policy.odt', 'text'), /^cannot read "\.odt" files; give a \.txt, \.html, \.docx or \.pdf file$/],
    ['an old Word file', () => file('policy.doc', 'text'), /^cannot read "\.doc" files; an old Word file: save it as \.docx$/],
    ['a file that does not exist', () => join(files, 'missing.pdf'), /^no such file$/],
  ])('%s', async (_, make, message) => {
    const path = make();
    const result = await runIngest([path], corpusDir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(lines[0]!.startsWith(`ingest: ${path}: `)).toBe(true);
    expect(lines[0]!.slice(`ingest: ${path}: `.length)).toMatch(message);
    expect(readdirSync(corpusDir)).toEqual([]);
  });
});

describe('an existing document folder', () => {
  it('is kept without --force, replaced with it', async () => {
    cpSync(join(FIXTURES, 'zh-ingest-guide'), join(corpusDir, 'zh-ingest-guide'), { recursive: true });
    writeFileSync(join(corpusDir, 'zh-ingest-guide', 'policy.txt'), 'edited by a person\n');
    const docx = join(FIXTURES, 'documents', 'zh-ingest-guide.docx');

    const refused = await runIngest(['--id', 'zh-ingest-guide', docx], corpusDir);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `ingest: ${join(corpusDir, 'zh-ingest-guide')} already exists; pass --force to replace it, or --id to name the new document differently\n`,
    });
    expect(readFileSync(join(corpusDir, 'zh-ingest-guide', 'policy.txt'), 'utf8')).toBe('edited by a person\n');

    const replaced = await runIngest(['--force', '--id', 'zh-ingest-guide', docx], corpusDir);
    expect(replaced.stdout).toMatch(/^read .*zh-ingest-guide\.docx: 28 paragraphs, language zh, shape guide$/m);
    expect(replaced.code).toBe(1);
    expect(readFileSync(join(corpusDir, 'zh-ingest-guide', 'policy.txt'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'zh-ingest-guide', 'policy.txt'), 'utf8'),
    );
    expect(readdirSync(corpusDir)).toEqual(['zh-ingest-guide']);
  });

  it('a new document gets its id from the file name and a folder readable like the others', async () => {
    const path = file('Example Measures 2026.txt', readFileSync(join(FIXTURES, 'example-2026', 'policy.txt')));
    const result = await runIngest([path], corpusDir);
    expect(result.stdout).toContain(`wrote ${join(corpusDir, 'example-measures-2026')}/policy.txt`);
    expect(readdirSync(corpusDir)).toEqual(['example-measures-2026']);
    // Staged with mkdtemp (private), then opened up as a folder made with mkdir would be.
    expect(statSync(join(corpusDir, 'example-measures-2026')).mode & 0o777).toBe(0o777 & ~process.umask());
  });
});

describe('misuse', () => {
  it.each([
    [['a.txt', 'b.txt'], 'ingest: one file at a time, got 2; run "npm run ingest -- --help" for the flags'],
    [['--id', 'Bad_Id', 'a.txt'], 'ingest: --id "Bad_Id" must be lowercase letters, digits and dashes (e.g. --id jingan-ai-2026)'],
    [['--id', 'x'], 'ingest: --id names the folder for a FILE; none given; run "npm run ingest -- --help" for the flags'],
  ])('%j', async (args, line) => {
    expect(await runIngest(args, corpusDir)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});
