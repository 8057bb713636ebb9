import type { Language } from '../../core/corpus/section.js';

export type PolicyCommand =
  | { kind: 'help' }
  | { kind: 'section'; id: string; language: Language }
  | { kind: 'match'; profile: string }
  | { kind: 'question'; text: string };

const SECTION_FORMS: Array<[RegExp, (match: RegExpExecArray) => string, Language]> = [
  [/^(?:measure|m)\s*(\d{1,3})$/i, (m) => `M${Number(m[1])}`, 'en'],
  [/^(?:overall\s+)?(?:requirement|r)\s*(\d{1,2})$/i, (m) => `R${Number(m[1])}`, 'en'],
  [/^preamble$/i, () => 'PREAMBLE', 'en'],
  [/^(?:validity|effective\s+period)$/i, () => 'VALIDITY', 'en'],
  [/^措施\s*(\d{1,3})$/, (m) => `M${Number(m[1])}`, 'zh'],
  [/^总体要求\s*(\d{1,2})$/, (m) => `R${Number(m[1])}`, 'zh'],
  [/^前言$/, () => 'PREAMBLE', 'zh'],
  [/^有效期$/, () => 'VALIDITY', 'zh'],
];

/** "match <profile>" or "匹配 <profile>": the rest describes a company. */
const MATCH = /^(?:match|匹配)(?:\s+|[:：]\s*)(.+)$/is;

/**
 * `/policy` text: empty or "help" shows help, "measure 10" (措施10) shows a section, "match ..."
 * matches a company's description to measures, anything else is a question.
 */
export function parsePolicyCommand(text: string): PolicyCommand {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || /^(help|帮助)$/i.test(trimmed)) return { kind: 'help' };
  for (const [pattern, toId, language] of SECTION_FORMS) {
    const match = pattern.exec(trimmed);
    if (match) return { kind: 'section', id: toId(match), language };
  }
  const match = MATCH.exec(trimmed);
  if (match) return { kind: 'match', profile: match[1]!.trim() };
  return { kind: 'question', text: trimmed };
}
