import { parseChineseNumber } from '../text/chinese-numerals.js';
import { scopeId, type DocumentMetadata, type PolicyDocument } from './document.js';
import { attachFootnotes, type Footnote } from './attach-footnotes.js';
import { layoutRules, leadSentence, PREAMBLE_TITLE, readLines, splitChineseDepartments } from './read-layout.js';
import type { Section } from './section.js';

/**
 * Parses measures in the official Chinese layout: a title line and a preamble (ending 制定本措施。);
 * parts 一、二、…; optional sub-parts （一）; paragraphs opening with a lead sentence (the title),
 * numbered (1. or （1）) or not. In the first part (总体要求) each paragraph is a requirement (R1..);
 * in later parts a measure (M1..), one paragraph followed by its departments, （责任部门：…） at
 * its end or 责任单位：… on a line of its own; a paragraph where departments are due is an error,
 * which is how a forgotten departments line is caught. Footnote notes
 * ([1] …) are attached to the section holding their marker; the closing paragraph (施行 / 有效期至)
 * is VALIDITY, and the lines after it are the issuing bodies (a date line is not one).
 */
export function parseChineseMeasures(text: string, metadata: DocumentMetadata): PolicyDocument {
  const rule = layoutRules('zh');
  const { lines, fail } = readLines(text);
  const base = () => ({ docId: metadata.id, translations: {} });
  const sections: Section[] = [];
  const preamble: string[] = [];
  const signatories: string[] = [];
  const footnotes: Footnote[] = [];
  let part: string | null = null;
  let sub: string | null = null;
  let partCount = 0;
  let current: Section | null = null;
  let closing: Section | null = null;

  // A measure must have its departments before anything else closes it.
  const requireDepartments = (lineNo: number) => {
    if (current?.kind === 'measure' && current.departments.length === 0) {
      fail(lineNo, `${current.id} has no departments line (（责任部门：…） or 责任单位：…) before this one`);
    }
  };
  const open = (kind: 'requirement' | 'measure', paragraph: string) => {
    const number = sections.filter((s) => s.kind === kind).length + 1;
    current = {
      ...base(),
      id: scopeId(metadata, `${kind === 'requirement' ? 'R' : 'M'}${number}`),
      kind,
      number,
      title: leadSentence(paragraph),
      path: sub ? [part!, sub] : [part!],
      text: paragraph,
      departments: [],
    };
    sections.push(current);
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line === '') return;
    const footnote = rule('footnote').exec(line);
    if (closing) {
      // Notes are often printed after the signature, where a page's footnotes end up in plain text.
      if (footnote) footnotes.push({ number: Number(footnote[1]), note: line, lineNo });
      else if (!rule('date-line').test(line)) signatories.push(line);
      return;
    }
    const partMatch = rule('part-heading').exec(line);
    const subMatch = rule('sub-part-heading').exec(line);
    const departments = rule('departments').exec(line);
    if (partMatch) {
      requireDepartments(lineNo);
      partCount += 1;
      if (parseChineseNumber(partMatch[1]!) !== partCount) fail(lineNo, `expected part ${partCount}`);
      part = line;
      sub = null;
      current = null;
    } else if (!part) {
      preamble.push(line);
    } else if (subMatch) {
      requireDepartments(lineNo);
      sub = line;
      current = null;
    } else if (footnote) {
      footnotes.push({ number: Number(footnote[1]), note: line, lineNo });
    } else if (departments && departments.index === 0) {
      if (current?.kind !== 'measure')
        fail(
          lineNo,
          partCount === 1 ? 'departments line in the first part, whose items are requirements' : 'departments line outside a measure',
        );
      if (current!.departments.length > 0) fail(lineNo, `second departments line for ${current!.id}`);
      current!.departments = splitChineseDepartments(departments[1] ?? departments[2]!);
    } else if (rule('validity').test(line) && sections.some((s) => s.kind === 'measure') && !departments) {
      requireDepartments(lineNo);
      closing = {
        ...base(),
        id: scopeId(metadata, 'VALIDITY'),
        kind: 'validity',
        number: null,
        title: '有效期',
        path: [],
        text: line,
        departments: [],
      };
    } else {
      const body = departments ? line.slice(0, departments.index).trim() : line;
      const numbered = rule('numbered-item').exec(body);
      const paragraph = numbered ? numbered[3]! : body;
      if (partCount === 1) {
        if (departments) fail(lineNo, 'departments in the first part, whose items are requirements');
        open('requirement', paragraph);
      } else {
        requireDepartments(lineNo);
        open('measure', paragraph);
      }
      if (departments) current!.departments = splitChineseDepartments(departments[1] ?? departments[2]!);
    }
  });

  const last = lines.length;
  if (preamble.length === 0) fail(1, 'no title and preamble before the first part (一、)');
  if (!sections.some((s) => s.kind === 'measure')) fail(last, 'no measures found');
  requireDepartments(last);
  if (!closing) fail(last, 'no closing paragraph (施行 / 有效期至) after the last measure');

  const preambleSection: Section = {
    ...base(),
    id: scopeId(metadata, 'PREAMBLE'),
    kind: 'preamble',
    number: null,
    title: PREAMBLE_TITLE[metadata.language],
    path: [],
    text: preamble.join('\n'),
    departments: [],
  };
  const all = attachFootnotes([preambleSection, ...sections, closing!], footnotes, fail);
  return { metadata, sections: all, signatories, translations: {} };
}
