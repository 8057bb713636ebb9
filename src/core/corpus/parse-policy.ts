import { AppError } from '../errors.js';
import { langRule, langRuleWith } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';
import { scopeId, type DocumentMetadata, type PolicyDocument } from './document.js';
import type { Section } from './section.js';

/**
 * Parses a policy of the Shanghai district-measures shape: a dated preamble, roman sections ("II. ..."),
 * optional sub-sections ("(III) ..."), numbered items each followed (after section I)
 * by a "(Responsible ...: ...)" line, a closing validity paragraph and the issuing bodies.
 * Items of the first roman section are Overall Requirements (R1..); numbering restarts
 * at 1 for the measures (M1..) and must then run without gaps across later sections.
 */
export function parsePolicy(text: string, metadata: DocumentMetadata): PolicyDocument {
  // A fresh object each time: translations are attached per section later.
  const base = () => ({ docId: metadata.id, translations: {} });
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const sections: Section[] = [];
  const preamble: string[] = [];
  const signatories: string[] = [];
  let roman: string | null = null;
  let sub: string | null = null;
  let romanCount = 0;
  let current: Section | null = null;
  let closing: Section | null = null;

  const fail = (lineNo: number, why: string): never => {
    throw new AppError('policy_parse_error', `policy line ${lineNo}: ${why}: "${lines[lineNo - 1]!.slice(0, 80)}"`);
  };
  const requireDepartments = (lineNo: number) => {
    if (current?.kind === 'measure' && current.departments.length === 0) {
      fail(lineNo, `${current.id} has no "(Responsible ...: ...)" line before this one`);
    }
  };

  lines.forEach((line, i) => {
    const lineNo = i + 1;
    if (line === '') return;
    if (closing) {
      signatories.push(normalizeText(line));
      return;
    }
    const romanMatch = layout('part-heading').exec(line);
    const subMatch = layout('sub-part-heading').exec(line);
    const itemMatch = layout('numbered-item').exec(line);
    const responsible = layout('departments-line').exec(line);

    if (romanMatch) {
      requireDepartments(lineNo);
      romanCount += 1;
      if (romanToNumber(romanMatch[1]!) !== romanCount) fail(lineNo, `expected section ${romanCount}`);
      roman = `${romanMatch[1]}. ${splitHeading(romanMatch[2]!)}`;
      sub = null;
      current = null;
    } else if (subMatch) {
      if (!roman) fail(lineNo, 'sub-section before any roman section');
      requireDepartments(lineNo);
      sub = `(${subMatch[1]}) ${splitHeading(subMatch[2]!)}`;
      current = null;
    } else if (itemMatch && roman) {
      requireDepartments(lineNo);
      const kind = romanCount === 1 ? 'requirement' : 'measure';
      const number = Number(itemMatch[1]);
      const previous = sections.filter((s) => s.kind === kind).length;
      if (number !== previous + 1) fail(lineNo, `expected item ${previous + 1}, found ${number}`);
      current = {
        ...base(),
        id: scopeId(metadata, `${kind === 'requirement' ? 'R' : 'M'}${number}`),
        kind,
        number,
        title: extractTitle(itemMatch[2]!),
        path: sub ? [roman, sub] : [roman],
        text: itemMatch[2]!,
        departments: [],
      };
      sections.push(current);
    } else if (responsible) {
      if (current?.kind !== 'measure') fail(lineNo, 'responsible line outside a measure');
      if (current!.departments.length > 0) fail(lineNo, `second responsible line for ${current!.id}`);
      current!.departments = splitDepartments(responsible[1]!);
    } else if (!roman) {
      preamble.push(line);
    } else if (current?.kind === 'measure' && current.departments.length > 0 && layout('validity').test(line)) {
      closing = {
        ...base(),
        id: scopeId(metadata, 'VALIDITY'),
        kind: 'validity',
        number: null,
        title: 'Effective period',
        path: [],
        text: line,
        departments: [],
      };
    } else {
      fail(lineNo, 'not a heading, numbered item, responsible line or closing paragraph');
    }
  });

  const last = lines.length;
  if (preamble.length === 0) fail(1, 'no preamble before the first roman section');
  if (!sections.some((s) => s.kind === 'requirement')) fail(last, 'no overall requirements found');
  if (!sections.some((s) => s.kind === 'measure')) fail(last, 'no measures found');
  if (!closing) fail(last, 'no closing paragraph with the effective period after the last measure');
  requireDepartments(last);

  const preambleSection: Section = {
    ...base(),
    id: scopeId(metadata, 'PREAMBLE'),
    kind: 'preamble',
    number: null,
    title: 'Purpose, document number and date',
    path: [],
    text: preamble.join('\n'),
    departments: [],
  };
  return { metadata, sections: [preambleSection, ...sections, closing!], signatories, translations: {} };
}

/** The English layout rules (lang/en/layout.json). */
function layout(name: string) {
  return langRule('layout', name, ['en']);
}

/** "Promoting the ... industry. (the five development: ...)" keeps only the heading. */
function splitHeading(heading: string): string {
  return heading
    .replace(/\.\s+\(.*$/, '')
    .replace(/\.$/, '')
    .trim();
}

function extractTitle(body: string): string {
  const end = body.search(/\.\s/);
  return (end === -1 ? body : body.slice(0, end)).trim();
}

function splitDepartments(list: string): string[] {
  const normalized = normalizeText(list).trim();
  const prefix = normalized.split(/\s+/).slice(0, 2).join(' ');
  return normalized
    .split(layout('department-separator').patterns[0]!)
    .flatMap((part) => part.split(langRuleWith('layout', 'department-and', { prefix: escapeRegExp(prefix) }, ['en']).patterns[0]!))
    .map((name) => name.trim())
    .filter(Boolean);
}

function romanToNumber(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]!]!;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
