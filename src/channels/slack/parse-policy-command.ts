export type PolicyCommand = { kind: 'help' } | { kind: 'section'; id: string } | { kind: 'question'; text: string };

const SECTION_FORMS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^(?:measure|m)\s*(\d{1,3})$/i, (m) => `M${Number(m[1])}`],
  [/^(?:overall\s+)?(?:requirement|r)\s*(\d{1,2})$/i, (m) => `R${Number(m[1])}`],
  [/^preamble$/i, () => 'PREAMBLE'],
  [/^(?:validity|effective\s+period)$/i, () => 'VALIDITY'],
];

/** `/policy` text: empty or "help" shows help, "measure 10" shows a section, anything else is a question. */
export function parsePolicyCommand(text: string): PolicyCommand {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '' || /^help$/i.test(trimmed)) return { kind: 'help' };
  for (const [pattern, toId] of SECTION_FORMS) {
    const match = pattern.exec(trimmed);
    if (match) return { kind: 'section', id: toId(match) };
  }
  return { kind: 'question', text: trimmed };
}
