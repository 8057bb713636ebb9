import { scopeId, type DocumentMetadata, type PolicyDocument } from './document.js';
import { attachFootnotes, type Footnote } from './attach-footnotes.js';
import { layoutRules, PREAMBLE_TITLE, readLines } from './read-layout.js';
import type { Section } from './section.js';

/**
 * Parses an application guide (申报指南) in its document's language: a title and preamble, then
 * top-level parts (一、支持对象 / "I. Eligible applicants"), each one citable section P1, P2, …
 * holding every line up to the next part, items and sub-items included. An optional closing
 * paragraph (施行 / 有效期至) is VALIDITY; the issuing bodies and the date at the end (lines equal
 * to an issuer in metadata, or a date line) are kept apart from the last part.
 */
export function parseGuide(text: string, metadata: DocumentMetadata): PolicyDocument {
  const rule = layoutRules(metadata.language);
  const { lines, fail } = readLines(text);
  const base = () => ({ docId: metadata.id, translations: {} });
  const preamble: string[] = [];
  const parts: Array<{ section: Section; lines: string[] }> = [];
  const footnotes: Footnote[] = [];
  const signatories: string[] = [];
  let closing: Section | null = null;
  const isSignature = (line: string) => metadata.issuers.includes(line) || rule('date-line').test(line);

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line === '') return;
    if (closing) {
      if (!rule('date-line').test(line)) signatories.push(line);
      return;
    }
    const heading = rule('part-heading').exec(line);
    const footnote = metadata.language === 'zh' ? rule('footnote').exec(line) : null;
    if (heading) {
      const number = parts.length + 1;
      const title = heading[2]!.replace(/[。.]$/, '');
      parts.push({
        section: { ...base(), id: scopeId(metadata, `P${number}`), kind: 'part', number, title, path: [line], text: '', departments: [] },
        lines: [],
      });
    } else if (parts.length === 0) {
      preamble.push(line);
    } else if (footnote) {
      footnotes.push({ number: Number(footnote[1]), note: line, lineNo });
    } else if (rule('validity').test(line)) {
      closing = {
        ...base(),
        id: scopeId(metadata, 'VALIDITY'),
        kind: 'validity',
        number: null,
        title: metadata.language === 'zh' ? '有效期' : 'Effective period',
        path: [],
        text: line,
        departments: [],
      };
    } else {
      parts.at(-1)!.lines.push(line);
    }
  });

  if (preamble.length === 0) fail(1, 'no title and preamble before the first part');
  if (parts.length === 0) fail(lines.length, 'no parts (一、 …) found');
  // The issuing bodies and the date close the last part when no closing paragraph precedes them.
  const last = parts.at(-1)!.lines;
  while (!closing && last.length > 1 && isSignature(last.at(-1)!)) {
    const line = last.pop()!;
    if (!rule('date-line').test(line)) signatories.unshift(line);
  }
  const empty = parts.find((p) => p.lines.length === 0);
  if (empty) fail(lines.indexOf(empty.section.path[0]!) + 1, `part ${empty.section.id} has no text`);

  const sections: Section[] = [
    {
      ...base(),
      id: scopeId(metadata, 'PREAMBLE'),
      kind: 'preamble',
      number: null,
      title: PREAMBLE_TITLE[metadata.language],
      path: [],
      text: preamble.join('\n'),
      departments: [],
    },
    ...parts.map((p) => ({ ...p.section, text: p.lines.join('\n') })),
    ...(closing ? [closing] : []),
  ];
  return { metadata, sections: attachFootnotes(sections, footnotes, fail), signatories, translations: {} };
}
