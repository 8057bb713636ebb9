import type { Corpus } from '../corpus/corpus.js';
import type { Section } from '../corpus/section.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { langRule } from '../lang/lang-data.js';
import { normalizeText } from '../text/tokenize.js';

export interface DepartmentMatch {
  /** The department's source (English) name, as sections list it. */
  department: string;
  /** The question asks which measures the department is responsible for. */
  asksForList: boolean;
  /** ... and only those it is the one responsible department of ("which does it lead alone?"). */
  alone?: boolean;
}

export type DepartmentFinder = (question: string) => DepartmentMatch | null;

const LIST_INTENT = langRule('departments', 'list');
const ALONE = langRule('departments', 'alone');
const BODY_WORD = langRule('departments', 'body-word');
const BODY_SUFFIX = langRule('departments', 'body-suffix', ['zh']);

interface Alias {
  department: string;
  /** The name as written (lower case): a question without it cannot match the pattern, which is then not run. */
  name: string;
  pattern: RegExp;
  length: number;
  /** A full or short name, not a shortened one that may be a topic ("culture and tourism"). */
  named: boolean;
}

/** "Which measures ...", "负责哪些": the question asks for a department's list (text already normalised). */
export function asksForDepartmentList(text: string): boolean {
  return LIST_INTENT.test(text);
}

/** "单独牵头的", "as the only responsible department": the list asked is of the measures it alone is responsible for. */
export function asksForSoleResponsibility(text: string): boolean {
  return ALONE.test(text);
}

/** All distinct responsible departments, in order of first appearance. */
export function listDepartments(sections: Section[]): string[] {
  return [...new Set(sections.flatMap((s) => s.departments))];
}

/**
 * Finds a department the question names, in English (its full name, its name without the
 * jurisdiction's prefix, or that without its last word when two words remain: "Market Regulation")
 * or in Chinese (the translation's short name "区投资办", without "区", and glossary names that
 * stand for it, such as 人社局). A lone word like "Commerce" is too common to count.
 */
export function createDepartmentFinder(corpus: Corpus): DepartmentFinder {
  const aliases: Alias[] = [];
  const prefixes = corpus.documents.map((d) => normalizeText(d.metadata.jurisdiction.departmentPrefix).toLowerCase()).filter(Boolean);
  for (const department of listDepartments(corpus.sections)) {
    const full = normalizeText(department).toLowerCase();
    const prefix = prefixes.find((p) => full.startsWith(`${p} `));
    const short = prefix ? full.slice(prefix.length + 1) : full;
    const english = [full, short];
    const words = short.split(' ');
    if (words.length >= 3) english.push(words.slice(0, -1).join(' '));
    for (const [i, alias] of english.entries()) {
      aliases.push({ department, name: alias, pattern: new RegExp(`\\b${escapeRegExp(alias)}\\b`), length: alias.length, named: i < 2 });
    }
    for (const alias of chineseNames(corpus, department, short)) {
      aliases.push({ department, name: alias, pattern: new RegExp(escapeRegExp(alias)), length: alias.length * 3, named: true });
    }
  }
  return (question) => {
    const text = normalizeText(question).toLowerCase().replace(/\s+/g, ' ');
    let best: Alias | null = null;
    for (const alias of aliases) {
      if ((!best || alias.length > best.length) && text.includes(alias.name) && alias.pattern.test(text)) best = alias;
    }
    if (!best) return null;
    const listIntent = asksForDepartmentList(text);
    // "culture and tourism" alone may be a topic, not the bureau: only a named body gets a list.
    const asksForList = listIntent && (best.named || BODY_WORD.test(text));
    return { department: best.department, asksForList, ...(asksForList && ALONE.test(text) ? { alone: true } : {}) };
  };
}

/** The translation's name ("区投资办"), without the district character ("投资办"), and glossary names for it. */
function chineseNames(corpus: Corpus, department: string, short: string): string[] {
  const names = new Set<string>();
  for (const section of corpus.sections) {
    const zh = section.translations.zh;
    const at = section.departments.indexOf(department);
    if (zh && at !== -1) names.add(zh.departments[at]!);
  }
  for (const name of [...names]) if (name.startsWith('区') && name.length > 3) names.add(name.slice(1));
  for (const entry of corpus.glossary) {
    const english = normalizeText(entry.en).toLowerCase();
    if (BODY_SUFFIX.test(entry.zh) && english.includes(short)) names.add(entry.zh);
  }
  return [...names];
}
