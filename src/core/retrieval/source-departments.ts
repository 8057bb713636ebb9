import type { Corpus } from '../corpus/corpus.js';
import type { Section } from '../corpus/section.js';
import { normalizeText } from '../text/tokenize.js';
import { asksForDepartmentList, asksForSoleResponsibility, type DepartmentFinder } from './department-query.js';

/**
 * Departments of documents written in Chinese are named in Chinese (区建管委). A question naming one
 * that no English document has is a question about it; one both have (区数据局, the translation's
 * name of the Data Bureau) is left to the finder for the English names, which knows it already.
 * Names are matched as written, and without the leading 区 when three characters remain.
 */
export function withSourceDepartments(corpus: Corpus, findDepartment: DepartmentFinder): DepartmentFinder {
  const known = new Set(corpus.sections.flatMap((s) => s.translations.zh?.departments ?? []));
  const names = new Map<string, string>();
  for (const section of corpus.sections) {
    if (corpus.documentById.get(section.docId)!.metadata.language !== 'zh') continue;
    for (const name of section.departments) {
      if (known.has(name)) continue;
      names.set(name, name);
      if (name.startsWith('区') && name.length > 3) names.set(name.slice(1), name);
    }
  }
  const aliases = [...names.entries()].sort((a, b) => b[0].length - a[0].length);
  return (question) => {
    const found = findDepartment(question);
    if (found) return found;
    const text = normalizeText(question);
    const alias = aliases.find(([written]) => text.includes(written));
    if (!alias) return null;
    const asksForList = asksForDepartmentList(text.toLowerCase());
    return { department: alias[1], asksForList, ...(asksForList && asksForSoleResponsibility(text) ? { alone: true } : {}) };
  };
}

/**
 * The sections a department is responsible for in every document: by the name sections give (the
 * English name, or the Chinese name in a Chinese document) and by its translated names, so that the
 * Data Bureau of an English document and 区数据局 of a Chinese one are one department.
 */
export function sectionsOfDepartmentAnywhere(corpus: Corpus, department: string): Section[] {
  const names = new Set([department]);
  for (const section of corpus.sections) {
    const at = section.departments.indexOf(department);
    const translated = at === -1 ? undefined : section.translations.zh?.departments[at];
    if (translated) names.add(translated);
    section.translations.zh?.departments.forEach((name, i) => {
      if (name === department) names.add(section.departments[i]!);
    });
  }
  return corpus.sections.filter((s) => s.departments.some((d) => names.has(d)));
}
