import MiniSearch from 'minisearch';
import type { Section } from '../corpus/section.js';
import { isStopword, normalizeText, stem, tokenize } from '../text/tokenize.js';

/** A heading of the policy with every section under it ("(III) ... financial services industry" -> M10-M15). */
export interface SectionGroup {
  heading: string;
  ids: string[];
}

export type GroupFinder = (question: string) => SectionGroup | null;

const LIST_INTENT =
  /\b(list|all|every|everything|overview|summar\w*)\b|\b(which|what)( are the(?: \w+){0,2})? (measures|items|requirements|provisions)\b|\bwhat does (the|this) (policy|document) (offer|provide)\b/i;
/** Heading words shared by most groups say nothing about which group is meant. */
const MIN_SCORE = 1.2;

/** Finds the policy heading a "which measures cover X" question is about, by BM25 over headings. */
export function createGroupFinder(sections: Section[]): GroupFinder {
  const groups = collectGroups(sections);
  const search = new MiniSearch<{ i: number; heading: string }>({
    fields: ['heading'],
    idField: 'i',
    tokenize: (text) => tokenize(text),
    processTerm: (term) => (isStopword(term) ? null : stem(term)),
  });
  search.addAll(groups.map((g, i) => ({ i, heading: g.heading })));

  return (question) => {
    const text = normalizeText(question);
    if (!LIST_INTENT.test(text)) return null;
    // Prefix matching: Porter stems "finance" and "financial" differently, and headings use the adjective.
    const [best, second] = search.search(text, { prefix: (term) => term.length >= 5, weights: { fuzzy: 0.45, prefix: 1 } });
    if (best && best.score >= MIN_SCORE && !(second && second.score > best.score * 0.8)) return groups[Number(best.id)]!;
    const roman = /\bsection\s+([IVX]+)\b/i.exec(text)?.[1]?.toUpperCase();
    return roman ? (groups.find((g) => g.heading.startsWith(`${roman}. `)) ?? null) : null;
  };
}

function collectGroups(sections: Section[]): SectionGroup[] {
  const byHeading = new Map<string, string[]>();
  for (const section of sections) {
    section.path.forEach((_, depth) => {
      const heading = section.path.slice(0, depth + 1).at(-1)!;
      byHeading.set(heading, [...(byHeading.get(heading) ?? []), section.id]);
    });
  }
  return [...byHeading.entries()].map(([heading, ids]) => ({ heading, ids }));
}
