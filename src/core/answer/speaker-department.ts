import type { Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { createDepartmentFinder, type DepartmentFinder } from '../retrieval/department-query.js';
import { withSourceDepartments } from '../retrieval/source-departments.js';
import type { ChatTurn } from './types.js';

const OWN_BODY = langRule('departments', 'own-body');
const FINDERS = new WeakMap<Corpus, DepartmentFinder>();

/**
 * "Which measures list our bureau?" after "I'm at the District Data Bureau": the message with the
 * name of the department the asker introduced, so it is asked of that department; the message as
 * it is when it names its own department or none was named before.
 */
export function nameSpeakerDepartment(corpus: Corpus, message: string, history: readonly ChatTurn[]): string {
  if (!OWN_BODY.test(message)) return message;
  let find = FINDERS.get(corpus);
  if (!find) {
    find = withSourceDepartments(corpus, createDepartmentFinder(corpus));
    FINDERS.set(corpus, find);
  }
  if (find(message)) return message;
  const named = history.findLast((t) => t.role === 'user' && find(t.content) !== null);
  const department = named && find(named.content)?.department;
  return department ? `${message} (${department})` : message;
}
