import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DocumentReadError } from './document-error.js';

/** Elements whose text is one paragraph of the document. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TD', 'TH', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'CAPTION']);
/** Elements that hold paragraphs without being one: text directly inside them is a paragraph of its own. */
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'DL', 'FIGURE']);

/**
 * The article of a web page, as paragraphs: Readability (Firefox's reader view) finds the article
 * and leaves out navigation, breadcrumbs, share buttons, headers and footers; the article's heading
 * stays the first paragraph, as the title line of the document.
 */
export function readHtml(bytes: Uint8Array): string[] {
  const html = decodeHtml(bytes);
  const { document } = parseHTML(html);
  if (!document.body || document.body.textContent.trim() === '') throw new DocumentReadError('no text in this web page');
  removeChrome(document);
  const heading = findHeading(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 20 }).parse();
  if (!article?.content) throw new DocumentReadError('no article found in this web page');
  const paragraphs = collectParagraphs(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  // Readability drops a heading that repeats the page title; it is the document's title line.
  if (heading && !paragraphs.slice(0, 2).some((p) => sameText(p, heading))) paragraphs.unshift(heading);
  return paragraphs;
}

/** UTF-8 unless the page declares another charset (GB2312 / GBK pages are common on older government sites). */
function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentReadError(`not readable as ${charset} text`);
  }
}

/**
 * Page parts that are never the article, removed before Readability scores what is left: with a
 * short article it could otherwise prefer a breadcrumb trail. A header or footer inside the article
 * (its own heading block) stays.
 */
const CHROME = [
  'script, style, noscript, template, iframe, nav, aside',
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-hidden="true"]',
  '[class*="breadcrumb" i], [id*="breadcrumb" i], [class*="crumb" i], [class*="share" i], [id*="share" i]',
].join(', ');

function removeChrome(document: ReturnType<typeof parseHTML>['document']): void {
  for (const element of Array.from(document.querySelectorAll(CHROME))) element.remove();
  for (const element of Array.from(document.querySelectorAll('header, footer'))) {
    if (!element.closest('article, main, [role="main"]')) element.remove();
  }
  // A search box goes; a form around the whole page (ASP.NET sites wrap every page in one) stays.
  for (const form of Array.from(document.querySelectorAll('form'))) {
    if (!form.querySelector('p, h1, article, main')) form.remove();
  }
}

/** The first top-level heading inside the page's main content, when the page marks one. */
function findHeading(document: ReturnType<typeof parseHTML>['document']): string | undefined {
  const h1 = document.querySelector('article h1, main h1, [role="main"] h1') ?? document.querySelector('h1');
  const text = h1?.textContent.trim();
  return text ? text : undefined;
}

function collectParagraphs(root: ReturnType<typeof parseHTML>['document']['body']): string[] {
  const paragraphs: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim() !== '') paragraphs.push(inline);
    inline = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) inline += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.tagName === 'BR') flush();
        else if (BLOCKS.has(element.tagName) || CONTAINERS.has(element.tagName)) {
          // A line break inside a paragraph (<p>...<br>...</p>) is how many sites separate paragraphs.
          flush();
          walk(element);
          flush();
        } else walk(element);
      }
    }
  };
  walk(root as unknown as Node);
  flush();
  return paragraphs;
}

function sameText(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, '');
  return squash(a) === squash(b);
}
