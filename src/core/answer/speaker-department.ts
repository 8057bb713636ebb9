import type { Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { createDepartmentFinder, type DepartmentFinder } from '../retrieval/department-query.js';
import { withSourceDepartments } from '../retrieval/source-departments.js';
import type { ChatTurn } from './types.js';

const OWN_BODY = langRule('departments', 'own-body');
const FINDERS = new WeakMap<Corpus, DepartmentFinder>();

/**
 * "Which measures list our bureau?" after "I'm at the District Data Bureau": the department the
 * asker introduced, when the message names it only as their own; null when the message names a
 * department itself, or none was named before.
 */
export function findSpeakerDepartment(corpus: Corpus, message: string, history: readonly ChatTurn[]): string | null {
  if (!OWN_BODY.test(message)) return null;
  const find = departmentFinderOf(corpus);
  if (find(message)) return null;
  for (const turn of [...history].reverse()) {
    const department = turn.role === 'user' ? find(turn.content)?.department : undefined;
    if (department) return department;
  }
  return null;
}

/** Whether the message names a department of the documents ("the Talent Bureau", "区数据局"). */
export function namesDepartment(corpus: Corpus, message: string): boolean {
  return departmentFinderOf(corpus)(message) !== null;
}

function departmentFinderOf(corpus: Corpus): DepartmentFinder {
  let find = FINDERS.get(corpus);
  if (!find) {
    find = withSourceDepartments(corpus, createDepartmentFinder(corpus));
    FINDERS.set(corpus, find);
  }
  return find;
}
