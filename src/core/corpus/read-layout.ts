import { AppError } from '../errors.js';
import { langRule } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import type { Language } from './section.js';

/** The layout rules of one language (lang/<language>/layout.json). */
export function layoutRules(language: Language): (name: string) => LangRule {
  return (name) => langRule('layout', name, [language]);
}

/** Lines of a text, trimmed, and the parse error every parser reports: the line number and its text. */
export function readLines(text: string): { lines: string[]; fail: (lineNo: number, why: string) => never } {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const fail = (lineNo: number, why: string): never => {
    throw new AppError('policy_parse_error', `policy line ${lineNo}: ${why}: "${(lines[lineNo - 1] ?? '').slice(0, 80)}"`);
  };
  return { lines, fail };
}

/** A Chinese paragraph's lead sentence (its title): up to the first full stop or colon, or all of it. */
export function leadSentence(paragraph: string): string {
  const end = layoutRules('zh')('lead-sentence').exec(paragraph);
  return (end ? paragraph.slice(0, end.index) : paragraph).trim();
}

/** "区商务委、区科经委" -> ["区商务委", "区科经委"]: names as written, split at list punctuation. */
export function splitChineseDepartments(list: string): string[] {
  return list
    .split(/[、，,；;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** What a preamble is, as its title: the document's own title is its first line, not what the section is about. */
export const PREAMBLE_TITLE: Record<Language, string> = { en: 'Purpose, document number and date', zh: '发文目的、文号和日期' };
