import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../src/runtimes/node/ingest/ingest-file.js';
import { FIXTURES } from './ingest-run.js';

// Each fixture's policy.txt, and the same document as a web page, a Word file and two PDFs (the official
// layout, indented; .spaced.pdf, unindented with space between paragraphs) made from it by
// scripts/make-document-fixtures.ts: every format must give back the same paragraphs.
const corpusDir = mkdtempSync(join(tmpdir(), 'ingest-formats-'));
afterAll(() => rmSync(corpusDir, { recursive: true, force: true }));

const fixture = (id: string) => ({
  text: readFileSync(join(FIXTURES, id, 'policy.txt'), 'utf8'),
  metadata: JSON.parse(readFileSync(join(FIXTURES, id, 'metadata.json'), 'utf8')) as Record<string, unknown>,
});

/** What the text states, hence what the draft must hold: all of metadata.json but what a person adds. */
function stated(id: string, leftOut: string[]): Record<string, unknown> {
  const { metadata } = fixture(id);
  const copy: Record<string, unknown> = { ...metadata };
  for (const key of [...leftOut, 'shape', 'contacts']) delete copy[key];
  if (metadata.shape === 'guide') copy.shape = 'guide';
  return copy;
}

/** In-process, as `npm run ingest -- --force --id ID FILE` does it (test/ingest-errors.test.ts runs the command itself). */
async function ingest(file: string, id: string) {
  const { report, ready } = await ingestFile({ file, id, force: true, corpusDir });
  return {
    stdout: report,
    code: ready ? 0 : 1,
    policy: readFileSync(join(corpusDir, id, 'policy.txt'), 'utf8'),
    metadata: JSON.parse(readFileSync(join(corpusDir, id, 'metadata.json'), 'utf8')) as Record<string, unknown>,
  };
}

describe.each([
  ['zh-ingest-measures', []],
  ['zh-ingest-guide', ['validUntil']],
])('the Chinese document %s', (id, leftOut) => {
  it.each(['txt', 'html', 'docx', 'pdf', 'spaced.pdf'])(
    'as .%s gives the same policy.txt and drafts what its text states',
    async (format) => {
      const file = format === 'txt' ? join(FIXTURES, id, 'policy.txt') : join(FIXTURES, 'documents', `${id}.${format}`);
      const result = await ingest(file, id);
      expect(result.policy).toBe(fixture(id).text);
      expect(result.metadata).toEqual(stated(id, leftOut));
      expect(result.stdout).toContain(`read ${file}: ${fixture(id).text.trimEnd().split('\n').length} paragraphs, language zh`);
      for (const field of leftOut) expect(result.stdout).toMatch(new RegExp(`^  ${field}: looked for `, 'm'));
      // Drafts that miss a field, or that the check cannot parse yet, end in 1: a person finishes them.
      expect(result.code).toBe(leftOut.length > 0 || /^check failed: /m.test(result.stdout) ? 1 : 0);
    },
  );
});

describe('the English document example-2026', () => {
  const { text, metadata } = fixture('example-2026');

  it('as .txt (no title line) leaves the title for a person', async () => {
    const result = await ingest(join(FIXTURES, 'example-2026', 'policy.txt'), 'example-2026');
    expect(result.policy).toBe(text);
    expect(result.metadata).toEqual(stated('example-2026', ['title']));
    expect(result.stdout).toMatch(/^ {2}title: looked for a title line/m);
    expect(result.stdout).toMatch(/^check failed: .*metadata\.json: title: /m);
    expect(result.stdout).toMatch(/^until it passes --check, the assistant will not start with .*example-2026 in its corpus/m);
    expect(result.code).toBe(1);
  });

  it.each(['html', 'docx', 'pdf', 'spaced.pdf'])(
    'as .%s gives its title line and the same paragraphs, and passes the check',
    async (format) => {
      const result = await ingest(join(FIXTURES, 'documents', `example-2026.${format}`), 'example-2026');
      expect(result.policy).toBe(`${metadata.title}\n${text}`);
      expect(result.metadata).toEqual(stated('example-2026', []));
      expect(result.stdout).toContain('ok: example-2026: Measures of Example District');
      expect(result.stdout).toContain('5 sections (example-2026:PREAMBLE ... example-2026:VALIDITY): 2 measures, 1 overall requirements');
      expect(result.code).toBe(0);
    },
  );
});

describe('a government web page', () => {
  it.each(['zh-ingest-guide', 'example-2026'])('keeps the article of %s and drops the page around it', async (id) => {
    const page = readFileSync(join(FIXTURES, 'documents', `${id}.html`), 'utf8');
    const { policy } = await ingest(join(FIXTURES, 'documents', `${id}.html`), id);
    const chrome = ['首页', '政务公开', '当前位置', '分享到', '微信', '打印本页', '相关文件', '主办单位', '网站标识码', '发布日期'];
    const english = ['Home', 'You are here', 'Share:', 'WeChat', '[Print]', 'Related documents', 'Sponsored by', 'Site code', 'Published:'];
    const present = [...chrome, ...english].filter((word) => page.includes(word));
    expect(present.length).toBeGreaterThanOrEqual(8);
    for (const word of present) expect(policy).not.toContain(word);
  });
});
