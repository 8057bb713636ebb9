import MiniSearch from 'minisearch';
import type { Language, Section } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import { tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentWords, isStopword, normalizeText, stem, tokenize } from '../text/tokenize.js';

/** A heading of the policy with every section under it ("(III) ... financial services industry" -> M10-M15). */
export interface SectionGroup {
  heading: string;
  ids: string[];
  /** `heading`: found by its words, which a question may share with a heading by chance; `number`: "section III". */
  foundBy: 'heading' | 'number';
}

/** `translated`: a Chinese question's glossary English, for headings the Chinese wording abbreviates (文创). */
export type GroupFinder = (question: string, language: Language, translated?: string) => SectionGroup | null;

const LIST_INTENT = langRule('groups', 'list', ['en']);
const LIST_INTENT_ZH = langRule('groups', 'list', ['zh']);
/** "哪些部门负责" asks for departments, not for a list of measures. */
const ASKS_FOR_DEPARTMENTS = langRule('groups', 'asks-for-departments');
const NUMBERED_PART = langRule('groups', 'numbered-part', ['en']);
const NUMBERED_PART_ZH = langRule('groups', 'numbered-part', ['zh']);
/**
 * A question that says this much besides its heading (words, or Chinese bigrams, the heading
 * lacks) is about its own needs, which share words with some heading by chance: "list the finance
 * measures" says little else, a company's two-line description says a lot.
 */
const MAX_ELSE = { en: 5, zh: 8 };
/** Heading words shared by most groups say nothing about which group is meant. */
const MIN_SCORE = { en: 1.2, zh: 2.5, translated: 2 };

/** Finds the policy heading a "which measures cover X" question is about, by BM25 over headings in its language. */
export function createGroupFinder(sections: Section[]): GroupFinder {
  const groups = collectGroups(sections);
  const english = new MiniSearch<{ i: number; heading: string }>({
    fields: ['heading'],
    idField: 'i',
    tokenize: (text) => tokenize(text),
    processTerm: (term) => (isStopword(term) ? null : stem(term)),
  });
  english.addAll(groups.map((g, i) => ({ i, heading: g.heading })));
  const chinese = new MiniSearch<{ i: number; heading: string }>({ fields: ['heading'], idField: 'i', tokenize: tokenizeChinese });
  chinese.addAll(groups.flatMap((g, i) => (g.headingZh ? [{ i, heading: g.headingZh }] : [])));

  // Prefix matching: Porter stems "finance" and "financial" differently, and headings use the adjective.
  const searchEnglish = (text: string) => english.search(text, { prefix: (term) => term.length >= 5, weights: { fuzzy: 0.45, prefix: 1 } });
  const pick = (results: Array<{ id: unknown; score: number }>, floor: number) => {
    const [best, second] = results;
    return best && best.score >= floor && !(second && second.score > best.score * 0.8) ? groups[Number(best.id)]! : null;
  };

  return (question, language, translated) => {
    const text = normalizeText(question);
    const listing = (language === 'zh' ? LIST_INTENT_ZH : LIST_INTENT).test(ASKS_FOR_DEPARTMENTS.replace(text, ' '));
    const found = !listing
      ? null
      : language === 'zh'
        ? (pick(chinese.search(text), MIN_SCORE.zh) ?? (translated ? pick(searchEnglish(translated), MIN_SCORE.translated) : null))
        : pick(searchEnglish(text), MIN_SCORE.en);
    if (found && countElse(text, found, language) <= MAX_ELSE[language]) return strip(found, 'heading');
    // "Section III", "part II", "第三部分": a part named by its number is about the whole part.
    const numbered = findNumberedPart(text);
    const part = numbered ? groups.find((g) => g.heading.startsWith(`${numbered}. `)) : undefined;
    return part ? strip(part, 'number') : null;
  };
}

type Group = Omit<SectionGroup, 'foundBy'> & { headingZh: string | null };

function strip({ heading, ids }: Group, foundBy: SectionGroup['foundBy']): SectionGroup {
  return { heading, ids, foundBy };
}

function collectGroups(sections: Section[]): Group[] {
  const byHeading = new Map<string, Group>();
  for (const section of sections) {
    section.path.forEach((heading, depth) => {
      const group = byHeading.get(heading) ?? { heading, ids: [], headingZh: section.translations.zh?.path[depth] ?? null };
      group.ids.push(section.id);
      byHeading.set(heading, group);
    });
  }
  return [...byHeading.values()];
}

/** The question's words (Chinese: bigrams and words) that its heading does not hold; "financ-" matches "financial". */
function countElse(question: string, group: Group, language: Language): number {
  if (language === 'zh') {
    const heading = new Set(tokenizeChinese(`${group.headingZh ?? ''} ${group.heading}`));
    return tokenizeChinese(question).filter((token) => !heading.has(token)).length;
  }
  const heading = contentWords(group.heading).map(stem);
  const matches = (word: string) =>
    heading.some((h) => h === word || (word.length >= 5 && h.length >= 5 && (h.startsWith(word) || word.startsWith(h))));
  return contentWords(question)
    .map(stem)
    .filter((word) => !matches(word) && !GENERIC.has(word)).length;
}

/** The words of any "list the measures on X" question, which no heading holds. */
const GENERIC = new Set([
  'list',
  'measur',
  'polici',
  'polic',
  'offer',
  'provid',
  'support',
  'section',
  'item',
  'provis',
  'everyth',
  'requir',
]);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const ZH_ORDINAL = '一二三四五六';

/** "section III", "part 2", "第三部分" -> "III"; null when the question names no numbered part. */
function findNumberedPart(text: string): string | null {
  const latin = NUMBERED_PART.exec(text)?.[1];
  if (latin) return /^\d$/.test(latin) ? (ROMAN[Number(latin) - 1] ?? null) : latin.toUpperCase();
  const chinese = NUMBERED_PART_ZH.exec(text)?.[1];
  if (!chinese) return null;
  const n = /\d/.test(chinese) ? Number(chinese) : ZH_ORDINAL.indexOf(chinese) + 1;
  return ROMAN[n - 1] ?? null;
}
