import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-error.js';
import { readHtml } from './read-html.js';

const page = (article: string, charset = 'utf-8') => `<!doctype html><html><head><meta charset="${charset}"><title>Page</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/policies">Policies</a></nav></header>
<div class="breadcrumb">You are here: <a href="/">Home</a> &gt; <a href="/policies">Policies</a></div>
<main><article><h1>Rules on Harbour Grants</h1>${article}
<div class="share">Share: <a href="#">WeChat</a> <a href="#">Weibo</a></div></article></main>
<footer><p>Sponsored by the County Office</p><p>Site map | Privacy</p></footer></body></html>`;

const body = [
  '<p>To promote river tourism and green shipping, these Rules are made by the county for every harbour.</p>',
  '<ul><li>1. Grants for electric ferries of up to half their price.</li><li>2. Grants for quay repairs.</li></ul>',
  '<p>Line one<br>line two of a paragraph split by a break.</p>',
].join('');

describe('readHtml', () => {
  it('keeps the heading and the paragraphs of the article, and nothing of the page around it', () => {
    expect(readHtml(new TextEncoder().encode(page(body)))).toEqual([
      'Rules on Harbour Grants',
      'To promote river tourism and green shipping, these Rules are made by the county for every harbour.',
      '1. Grants for electric ferries of up to half their price.',
      '2. Grants for quay repairs.',
      'Line one',
      'line two of a paragraph split by a break.',
    ]);
  });

  it('decodes a page in the charset it declares (GBK)', () => {
    // "本文" in GBK, inside an otherwise ASCII page.
    const [before, after] = page('<p>@@ is the text of this article, long enough to be one.</p>', 'gbk').split('@@') as [string, string];
    const bytes = new Uint8Array([...new TextEncoder().encode(before), 0xb1, 0xbe, 0xce, 0xc4, ...new TextEncoder().encode(after)]);
    expect(readHtml(bytes)).toContain('本文 is the text of this article, long enough to be one.');
  });

  it('reads a page wrapped in one form, as ASP.NET sites write them', () => {
    const wrapped = page(body).replace('<body>', '<body><form id="form1" method="post">').replace('</body>', '</form></body>');
    expect(readHtml(new TextEncoder().encode(wrapped))).toContain('2. Grants for quay repairs.');
  });

  it('refuses a page without text', () => {
    expect(() => readHtml(new TextEncoder().encode('<html><body>  </body></html>'))).toThrow(DocumentReadError);
  });
});
