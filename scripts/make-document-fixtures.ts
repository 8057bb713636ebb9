/**
 * Writes each Chinese test document under test/fixtures/ (metadata language "zh"), and the small
 * English one, as the files districts publish: a government web page (.html, the article inside
 * navigation, breadcrumb, share buttons and footer), a Word file (.docx, with a page-number footer)
 * and two PDFs printed by Chromium with a running header and page numbers: .pdf in the official
 * layout (indented paragraphs), .spaced.pdf as word processors export (no indent, space between paragraphs).
 * Output: test/fixtures/documents/<fixture>.{html,docx,pdf,spaced.pdf}; committed, so tests need no Chromium.
 *   npx tsx scripts/make-document-fixtures.ts
 * Given eval folders instead (evals/documents/unseen-2), it writes each <name>-source.txt there as
 * <name>-source.{html,docx,pdf,spaced.pdf} beside it, taking title, jurisdiction and date from the
 * draft in the folder's corpus/ that holds the same paragraphs:
 *   npx tsx scripts/make-document-fixtures.ts evals/documents/unseen-2
 * Set CHROMIUM=/path/to/chromium when it is not at /usr/bin/chromium (Debian: apt-get install chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { parseMetadata } from '../src/core/corpus/document.js';
import { normaliseParagraph } from '../src/runtimes/node/ingest/normalise-text.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const OUT = join(FIXTURES, 'documents');
const ENGLISH = 'example-2026';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

interface Fixture {
  id: string;
  lines: string[];
  title: string;
  language: 'en' | 'zh';
  jurisdiction: string;
  issued: string;
}

/** The page chrome around the article, in the fixture's language. */
const CHROME = {
  zh: {
    site: (j: string) => `${j}人民政府`,
    nav: ['首页', '走进本区', '政务公开', '政策文件', '政务服务', '互动交流'],
    search: '请输入关键词',
    crumbs: ['首页', '政务公开', '政策文件'],
    here: '当前位置：',
    published: '发布日期：',
    share: ['分享到：', '微信', '微博', 'QQ空间'],
    tools: ['【打印本页】', '【关闭窗口】'],
    related: ['相关文件', '关于开展2026年度企业服务月活动的通知', '区政府常务会议研究部署重点工作'],
    footer: (j: string) => [
      `主办单位：${j}人民政府办公室`,
      '网站标识码：0000000000',
      'ICP备00000000号-1',
      '联系我们 | 网站地图 | 隐私声明',
    ],
  },
  en: {
    site: (j: string) => `${j} Government`,
    nav: ['Home', 'About the District', 'Government', 'Policies', 'Services', 'Contact'],
    search: 'Search this site',
    crumbs: ['Home', 'Government', 'Policies'],
    here: 'You are here: ',
    published: 'Published: ',
    share: ['Share:', 'WeChat', 'Weibo', 'Email'],
    tools: ['[Print]', '[Close]'],
    related: ['Related documents', 'Notice on the 2026 enterprise service month', 'District executive meeting sets key tasks'],
    footer: (j: string) => [`Sponsored by the ${j} Government Office`, 'Site code 0000000000', 'Contact us | Site map | Privacy'],
  },
};

const paragraphs = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

/** A document folder (metadata.json, policy.txt) as a fixture named id. */
function readFolder(folder: string, id: string, lines = paragraphs(join(folder, 'policy.txt'))): Fixture {
  // As the assistant loads it: a jurisdiction the file leaves out is read from the issuers.
  const m = parseMetadata(readFileSync(join(folder, 'metadata.json'), 'utf8'), join(folder, 'metadata.json'));
  return { id, lines, title: m.title, language: m.language, jurisdiction: m.jurisdiction.name, issued: m.issued };
}

function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, 'metadata.json')))
    .map((entry) => readFolder(join(FIXTURES, entry.name), entry.name))
    .filter((f) => f.language === 'zh' || f.id === ENGLISH);
}

/**
 * The <name>-source.txt files of an eval folder, each with the metadata of the draft in its corpus/
 * whose policy.txt holds the same paragraphs (ingest drops the blank lines and normalises each).
 */
function readSources(folder: string): Fixture[] {
  const drafts = readdirSync(join(folder, 'corpus'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, 'corpus', entry.name));
  return readdirSync(folder)
    .filter((name) => name.endsWith('-source.txt'))
    .map((name) => {
      const lines = paragraphs(join(folder, name));
      // Ingest writes each paragraph normalised (no space left between two Chinese characters).
      const draft = drafts.find((d) => paragraphs(join(d, 'policy.txt')).join('\n') === lines.map(normaliseParagraph).join('\n'));
      if (!draft) throw new Error(`${join(folder, name)}: no draft in ${join(folder, 'corpus')} holds the same paragraphs`);
      return readFolder(draft, name.replace(/\.txt$/, ''), lines);
    });
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The article's heading: the title line of a Chinese text (its first line), the metadata title of
 * the English one (its text has no title line, the page shows one above it).
 */
function splitTitle(f: Fixture): { heading: string; body: string[] } {
  return f.language === 'zh' ? { heading: f.lines[0]!, body: f.lines.slice(1) } : { heading: f.title, body: f.lines };
}

function makeHtml(f: Fixture): string {
  const c = CHROME[f.language];
  const { heading, body } = splitTitle(f);
  const links = (items: string[]) => items.map((item) => `<li><a href="#">${escapeHtml(item)}</a></li>`).join('');
  return `<!doctype html>
<html lang="${f.language === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(heading)}_${escapeHtml(c.site(f.jurisdiction))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div class="top-bar"><a href="#">${f.language === 'zh' ? 'English' : '中文'}</a> | <a href="#">${f.language === 'zh' ? '无障碍浏览' : 'Accessibility'}</a></div>
<header class="site-header">
<div class="logo"><a href="#">${escapeHtml(c.site(f.jurisdiction))}</a></div>
<nav class="main-nav"><ul>${links(c.nav)}</ul></nav>
<form class="search" role="search"><input type="text" placeholder="${escapeHtml(c.search)}"><button type="submit">${f.language === 'zh' ? '搜索' : 'Search'}</button></form>
</header>
<div class="breadcrumb">${escapeHtml(c.here)}${c.crumbs.map((crumb) => `<a href="#">${escapeHtml(crumb)}</a>`).join(' &gt; ')}</div>
<div class="container">
<main class="main-content">
<article class="article">
<h1 class="article-title">${escapeHtml(heading)}</h1>
<div class="article-info"><span>${escapeHtml(c.published)}${f.issued}</span></div>
<div class="article-content">
${body.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</div>
<div class="share">${c.share.map((s, i) => (i === 0 ? `<span>${escapeHtml(s)}</span>` : `<a href="#">${escapeHtml(s)}</a>`)).join(' ')}</div>
<div class="page-tools">${c.tools.map((t) => `<a href="#">${escapeHtml(t)}</a>`).join(' ')}</div>
</article>
</main>
<aside class="related"><h3>${escapeHtml(c.related[0]!)}</h3><ul>${links(c.related.slice(1))}</ul></aside>
</div>
<footer class="site-footer">${c
    .footer(f.jurisdiction)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')}</footer>
</body>
</html>
`;
}

/** How a PDF lays the paragraphs out: as official documents do, or as a word processor's export often does. */
type Layout = 'official' | 'spaced';

const LAYOUT_CSS: Record<Layout, string> = {
  official: `body { font: 15pt/1.75 "Noto Serif CJK SC", serif; margin: 0; }
h1 { font-size: 20pt; font-weight: bold; text-align: center; line-height: 1.5; margin: 0 0 12pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }`,
  // No indent and a ragged right edge: only the space between paragraphs tells where one ends.
  spaced: `body { font: 14pt/1.5 "Noto Sans CJK SC", sans-serif; margin: 0; }
h1 { font-size: 16pt; font-weight: bold; margin: 0 0 12pt; }
p { margin: 0 0 12pt; text-align: left; }`,
};

/**
 * The document alone, as a PDF lays it out: the official layout (centred title, indented paragraphs)
 * or the spaced one, both with a running header and page numbers.
 */
function makePrintHtml(f: Fixture, layout: Layout): string {
  const { heading, body } = splitTitle(f);
  const pageNumber = f.language === 'zh' ? '"— " counter(page) " —"' : '"Page " counter(page) " of " counter(pages)';
  const runningHeader = f.language === 'zh' ? `"${f.jurisdiction}行政规范性文件"` : `"${f.jurisdiction} normative documents"`;
  return `<!doctype html>
<html lang="${f.language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 30mm 26mm 28mm 28mm;
  @top-right { content: ${runningHeader}; font: 10pt "Noto Serif CJK SC", serif; }
  @bottom-center { content: ${pageNumber}; font: 11pt "Noto Serif CJK SC", serif; } }
${LAYOUT_CSS[layout]}
</style></head><body>
<h1>${escapeHtml(heading)}</h1>
${body.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</body></html>
`;
}

function makePdf(f: Fixture, layout: Layout, file: string): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium fonts-noto-cjk) or set CHROMIUM=/path/to/chromium`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'document-fixtures-'));
  try {
    const page = join(work, 'print.html');
    writeFileSync(page, makePrintHtml(f, layout));
    execFileSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${join(work, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${file}`,
        `file://${page}`,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (!existsSync(file)) throw new Error(`Chromium printed no PDF for ${f.id}`);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function wordParagraph(text: string, kind: 'title' | 'body'): string {
  const props =
    kind === 'title'
      ? '<w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr>'
      : '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr>';
  const run = kind === 'title' ? '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr>' : '<w:rPr><w:sz w:val="32"/></w:rPr>';
  return `<w:p>${props}<w:r>${run}<w:t xml:space="preserve">${escapeHtml(text)}</w:t></w:r></w:p>`;
}

/** A minimal Office Open XML package: the document, its page-number footer and the relationships between them. */
function makeDocx(f: Fixture): Uint8Array {
  const { heading, body } = splitTitle(f);
  const paragraphs = [wordParagraph(heading, 'title'), ...body.map((line) => wordParagraph(line, 'body'))].join('');
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${paragraphs}<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`),
      '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
      'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`),
      'word/document.xml': strToU8(document),
      'word/footer1.xml': strToU8(footer),
    },
    // A fixed date inside the zip: the file changes only when its text does.
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
}

function writeFormats(fixture: Fixture, out: string): void {
  const base = join(out, fixture.id);
  writeFileSync(`${base}.html`, makeHtml(fixture));
  writeFileSync(`${base}.docx`, makeDocx(fixture));
  makePdf(fixture, 'official', `${base}.pdf`);
  makePdf(fixture, 'spaced', `${base}.spaced.pdf`);
  console.log(`wrote ${base}.{html,docx,pdf,spaced.pdf}`);
}

function main(folders: string[]): void {
  if (folders.length === 0) {
    mkdirSync(OUT, { recursive: true });
    for (const fixture of readFixtures()) writeFormats(fixture, OUT);
    return;
  }
  for (const folder of folders) for (const source of readSources(folder)) writeFormats(source, folder);
}

main(process.argv.slice(2));
