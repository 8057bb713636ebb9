import type { Section } from '../corpus/section.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';

export interface DepartmentMatch {
  department: string;
  /** The question asks which measures the department is responsible for. */
  asksForList: boolean;
}

const LIST_INTENT =
  /\b(which|what|list|all|every|show)\b.*\b(measures?|items?|responsib\w*|in charge|handles?|oversees?|covers?|leads?|manages?|jobs?|tasks?|duties|does)\b|\bresponsible for\b|\bin charge of\b/i;

/** All distinct responsible departments, in order of first appearance. */
export function listDepartments(sections: Section[]): string[] {
  return [...new Set(sections.flatMap((s) => s.departments))];
}

/**
 * Finds a department the question names, by its full name, its name without the district
 * prefix ("Investment Office"), or that name without its last word when two words remain
 * ("Market Regulation"); a lone word like "Commerce" is too common to count.
 */
export function findDepartment(question: string, departments: string[], prefixes: string[] = []): DepartmentMatch | null {
  const text = normalizeText(question).toLowerCase().replace(/\s+/g, ' ');
  let best: { department: string; alias: string; named: boolean } | null = null;
  for (const department of departments) {
    const aliases = aliasesOf(department, prefixes);
    for (const [i, alias] of aliases.entries()) {
      const found = new RegExp(`\\b${escapeRegExp(alias)}\\b`).test(text);
      if (found && (!best || alias.length > best.alias.length)) best = { department, alias, named: i < 2 };
    }
  }
  if (!best) return null;
  const { department, named } = best;
  // "culture and tourism" alone may be a topic, not the bureau: only a named body gets a list.
  const asksForList = LIST_INTENT.test(text) && (named || /\b(department|bureau|commission|office)\b/.test(text));
  return { department, asksForList };
}

export function sectionsOfDepartment(sections: Section[], department: string): Section[] {
  return sections.filter((s) => s.departments.includes(department));
}

/** Full name, the name without its jurisdiction's prefix ("Investment Office"), and that without its last word. */
function aliasesOf(department: string, prefixes: string[]): string[] {
  const full = department.toLowerCase();
  const prefix = prefixes.map((p) => normalizeText(p).toLowerCase()).find((p) => p && full.startsWith(`${p} `));
  const short = prefix ? full.slice(prefix.length + 1) : full;
  const words = short.split(' ');
  const aliases = [full, short];
  if (words.length >= 3) aliases.push(words.slice(0, -1).join(' '));
  return aliases;
}
