import type { Language } from '../corpus/section.js';
import type { Retrieval, RetrievalHit, Retriever } from '../retrieval/types.js';
import { langRule } from '../lang/lang-data.js';
import { contentWords, normalizeText } from '../text/tokenize.js';
import { RELEVANCE, type Selection } from './select-sections.js';

/**
 * Where one need ends and another begins: links between clauses ("..., and is there ...", "and
 * also", "还想", "另外"). A plain "and" or "和" between two nouns is left alone: "logistics and
 * financing" or "small and micro enterprises" name one need, which the whole question finds; so
 * is a second sentence, which mostly says why the first was asked ("I need it for a citation").
 */
const JOINS = {
  en: langRule('compound', 'joins', ['en']).patterns[0]!,
  zh: langRule('compound', 'joins', ['zh']).patterns[0]!,
};
/** "Two things: 1) ... 2) ...": numbered items are requests of their own. */
const ENUMERATION = {
  en: new RegExp(langRule('compound', 'enumeration', ['en']).patterns[0]!.source, 'g'),
  zh: new RegExp(
    langRule('compound', 'enumeration', ['zh'])
      .patterns.map((p) => p.source)
      .join('|'),
    'g',
  ),
};
/** "A和B分别对应哪条", "both A and B": a question that asks for its parts one by one; then a plain "和" or "and" joins two needs too. */
const DISTRIBUTIVE = { en: langRule('compound', 'distributive', ['en']), zh: langRule('compound', 'distributive', ['zh']) };
const DISTRIBUTIVE_AND = {
  en: new RegExp(langRule('compound', 'distributive-and', ['en']).patterns[0]!.source, 'gi'),
  zh: new RegExp(langRule('compound', 'distributive-and', ['zh']).patterns[0]!.source, 'g'),
};
/** A part must say something of its own: two content words, or one long one; three characters in Chinese. */
const MIN_PART = { en: { words: 2, longWord: 6 }, zh: { han: 3 } };
/** A part's section is one of its first two, and is added only when the whole question ranks it in its first three. */
const PART_RANK = 2;
const WHOLE_RANK = 3;
/**
 * A part has fewer words than the whole question, so its BM25 scores run lower ("We run a game
 * studio" scores 4 on the gaming measure): a part that must also rank in the whole question's top
 * three needs half the bar of shared rare words a question on its own does.
 */
const PART_LEXICAL = RELEVANCE.minLexical / 2;

/**
 * The parts of a question that asks for two or more things ("a postdoc workstation, and we also
 * need apartments"; "我们做游戏研发，还想建电竞园区"), or [] when it asks for one.
 */
export function splitCompound(message: string, language: Language): string[] {
  const text = normalizeText(message);
  const separator = language === 'zh' ? '；' : '; ';
  const joined = DISTRIBUTIVE[language].test(text) ? text.replace(DISTRIBUTIVE_AND[language], separator) : text;
  const parts = joined
    .replace(ENUMERATION[language], separator)
    .split(JOINS[language])
    .map((part) => part.trim())
    .filter((part) => isSubstantial(part, language));
  return parts.length >= 2 ? parts : [];
}

/** The numbered items of a message ("two things: 1) rent 2) housing" gives the two), or [] when it numbers none. */
export function splitEnumeration(message: string, language: Language): string[] {
  const pattern = ENUMERATION[language];
  pattern.lastIndex = 0;
  const first = pattern.exec(normalizeText(message));
  if (!first) return [];
  const items = normalizeText(message)
    .slice(first.index)
    .split(pattern)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.length >= 2 ? items : [];
}

/** A Chinese part is matched on the Chinese text's own terms as well as on its glossary English. */
export function sharesRareWords(hit: RetrievalHit, language: Language, minLexical = RELEVANCE.minLexical): boolean {
  return hit.lexical >= minLexical || (language === 'zh' && hit.coverage >= RELEVANCE.minCoverage);
}

function isSubstantial(part: string, language: Language): boolean {
  if (language === 'zh') return (part.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_PART.zh.han;
  const words = contentWords(part);
  return words.length >= MIN_PART.en.words || words.some((w) => w.length >= MIN_PART.en.longWord);
}

/**
 * Adds, for each part of a compound question, the section that part is clearly about when the
 * answer does not hold it yet: a question about two needs is answered on both. A part's section
 * must share rare words with the part. A part found by a join ("..., and we also need ...") must
 * also rank near the top for the whole question, so it adds nothing the whole question did not
 * support, unless the part is an item the user numbered: that is a request of its own, and a long
 * message's other items crowd its section out of the whole question's ranking.
 */
export async function addCompoundParts(
  selection: Selection,
  retrieval: Retrieval,
  message: string,
  retrieve: Retriever,
  signal?: AbortSignal,
): Promise<Selection> {
  if (retrieval.pinned > 0 || selection.hits.length === 0) return selection;
  const { language } = retrieval;
  const parts = splitCompound(message, language);
  if (parts.length === 0) return selection;
  const items = splitEnumeration(message, language);
  const whole = retrieval.hits.slice(0, WHOLE_RANK);
  const inWhole = (h: RetrievalHit) => whole.some((w) => w.id === h.id);
  const hits = [...selection.hits];
  for (const part of parts) {
    const ranked = (await retrieve(part, { signal, limit: PART_RANK })).hits;
    const numbered = items.some((item) => item.includes(part) || part.includes(item));
    const found =
      ranked.filter((h) => sharesRareWords(h, language, PART_LEXICAL)).find(inWhole) ??
      (numbered ? ranked.find((h) => sharesRareWords(h, language)) : undefined);
    if (found && !hits.some((h) => h.id === found.id)) hits.push(retrieval.hits.find((h) => h.id === found.id) ?? found);
  }
  if (hits.length === selection.hits.length) return selection;
  return { hits: hits.slice(0, RELEVANCE.maxList), uncertain: false };
}
