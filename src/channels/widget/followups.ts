import { labelFor, strings } from './i18n.js';
import type { Answer } from './types.js';

const MAX_FOLLOWUPS = 3;

/**
 * Two or three next questions, in the answer's language, about what the answer leaves open:
 * who is responsible (when the answer does not name the department), what to prepare, whether
 * it applies to the asker, and related measures (when only one was cited). Built from the
 * Answer alone, so each one is a question the assistant can answer from the same sections.
 */
export function suggestFollowups(answer: Answer): string[] {
  if (answer.refused || answer.handoff || !answer.citations.length) return [];
  const t = strings(answer.language);
  const main = answer.citations.find((c) => /^(?:.+:)?M\d+$/i.test(c.id)) ?? answer.citations[0]!;
  const label = labelFor(main.id, answer.language);
  const fill = (template: string) => template.replace('{label}', label).replace('{title}', main.title);
  const namesDepartment = main.departments.some((d) => answer.answer.includes(d));
  const candidates = [
    main.departments.length && !namesDepartment ? t.followWho : null,
    t.followPrepare,
    t.followApplies,
    answer.citations.length === 1 ? t.followRelated : null,
  ];
  return candidates
    .filter((c): c is string => c !== null)
    .slice(0, MAX_FOLLOWUPS)
    .map(fill);
}

/** The example questions a refusal quotes (the policy's own, from GET /api/policy), in the order it gives them. */
export function examplesIn(text: string, examples: string[]): string[] {
  return [...new Set(examples)].filter((q) => q && text.includes(q)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}
