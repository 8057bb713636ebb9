import type { Corpus } from '../corpus/corpus.js';
import type { Section } from '../corpus/section.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { queryExpanderOf } from '../retrieval/expand-query.js';
import type { Retrieval, RetrievalHit } from '../retrieval/types.js';
import type { Concept } from '../understand/find-concepts.js';
import type { Turn } from '../understand/parse-turn.js';
import { RELEVANCE } from './select-sections.js';
import { isOneEditAway } from '../text/edit-distance.js';
import { contentWords, stem } from '../text/tokenize.js';
import { remember } from '../text/remember.js';

/** What a section holds, in the forms a question's words are compared in. */
interface SectionWords {
  stems: ReadonlySet<string>;
  words: readonly string[];
  chinese: string;
}

interface CoverageIndex {
  sections: ReadonlyMap<string, SectionWords>;
  /** In how many sections each English stem occurs. */
  stemCount: ReadonlyMap<string, number>;
  mapGlossary: ReturnType<typeof glossaryMapperOf>;
  /** The corpus's vocabulary (lang/en/vocabulary.json and each document's vocabulary.json). */
  expandQuery: (query: string) => string;
  common: number;
  /** Whether more sections than `common` hold a Chinese term (remembered: questions repeat their terms). */
  isCommonChinese: (term: string) => boolean;
}

/** A word in more than this share of the sections is the policy's own frame ("enterprises", "支持"), not a topic. */
const COMMON_SHARE = 0.25;
/** Misspellings are read as the section's word they are one edit from, when long enough to tell. */
const TYPO_MIN_LENGTH = 5;

const INDEXES = new WeakMap<Corpus, CoverageIndex>();

/**
 * Whether the chosen sections speak to what the question names. A question about what the policy
 * offers or says may be answered in other words than its own; a question of rule or fact (a
 * licence, a statutory rate, a timetable) is answered only when the chosen sections hold most of
 * the words naming its topic. Sections the question names or carries, and sections holding a term
 * it asks to find, are what it asks for; a follow-up leans on its conversation for words it leaves out.
 */
export function coversQuestion(
  corpus: Corpus,
  turn: Turn,
  retrieval: Retrieval,
  hits: readonly RetrievalHit[],
  mentions: boolean,
): boolean {
  if (turn.aboutPolicy || mentions || retrieval.pinned > 0 || leansOnConversation(turn)) return true;
  // A question about the period or the document names its topic in passing ("is the green finance
  // one still live?"): any of the sections leading its ranking may hold it.
  const asked = turn.asks.sections.length > 0 ? retrieval.hits.slice(0, RELEVANCE.evidenceDepth) : [];
  const ids = [...hits, ...asked].map((h) => h.id);
  // "我们的首席科学家从新加坡回来，人才公寓能申请吗？": the last clause asks, the others say who asks.
  const asks = turn.concepts.filter((c) => c.inAsk && !c.weak);
  if (asks.length > 0 && asks.length < turn.concepts.length && measureCoverage(corpus, asks, ids).uncovered.length === 0) return true;
  const { concepts, uncovered } = measureCoverage(corpus, turn.concepts, ids);
  return uncovered.length === 0 || (!turn.privateLife && uncovered.length < RELEVANCE.uncoveredShare * concepts);
}

/**
 * A follow-up without a subject of its own ("who handles that?", "只要绿色的", "the first one?") is about what the
 * conversation carries; one that names its own ("and school places for his kids?") must be covered
 * like any question, though it is searched with the previous one.
 */
function leansOnConversation(turn: Turn): boolean {
  const { context, carriedIds, narrowTo, exclude, query } = turn.followup;
  // "The second one?" asks about an item the user numbered before, "which of those is for start-ups?" about those given.
  return query !== undefined || narrowTo !== undefined || (context !== null && (carriedIds.length > 0 || exclude !== undefined));
}

export interface Coverage {
  /** The question's concepts that count: every strong one, and the weak ones a chosen section holds. */
  concepts: number;
  /** The strong concepts no chosen section holds. */
  uncovered: string[];
}

/**
 * How far the chosen sections speak to what a question names (its concepts, see
 * understand/find-concepts.ts): a concept is held when a section has it in its text, its
 * translation, the English the glossary gives for its Chinese terms, or one typo away from one of
 * its words. Words most sections share say nothing about coverage and count as held.
 */
export function measureCoverage(corpus: Corpus, concepts: readonly Concept[], sectionIds: readonly string[]): Coverage {
  const index = coverageIndexOf(corpus);
  const chosen = sectionIds.map((id) => index.sections.get(id)).filter((s): s is SectionWords => s !== undefined);
  // Chinese words and the glossary's terms (some are formulas, "(2+2)+(3+6)+(4+5)") are read in the Chinese text.
  const held = (word: string) =>
    isChinese(word) || index.mapGlossary(word).terms.length > 0 ? holdsChinese(index, chosen, word) : holdsEnglish(index, chosen, word);
  let count = 0;
  const uncovered: string[] = [];
  for (const { word, weak } of concepts) {
    if (held(word)) count += 1;
    else if (!weak) {
      count += 1;
      uncovered.push(word);
    }
  }
  return { concepts: count, uncovered };
}

function holdsEnglish(index: CoverageIndex, chosen: SectionWords[], word: string): boolean {
  const stemmed = stem(word);
  if ((index.stemCount.get(stemmed) ?? 0) > index.common) return true;
  if (chosen.some((s) => s.stems.has(stemmed))) return true;
  const expanded = index.expandQuery(word);
  if (expanded !== word && contentWords(expanded.slice(word.length)).some((w) => chosen.some((s) => s.stems.has(stem(w))))) return true;
  return !index.stemCount.has(stemmed) && word.length >= TYPO_MIN_LENGTH && chosen.some((s) => s.words.some((w) => isOneEditAway(w, word)));
}

function holdsChinese(index: CoverageIndex, chosen: SectionWords[], term: string): boolean {
  if (index.isCommonChinese(term)) return true;
  if (chosen.some((s) => s.chinese.includes(term))) return true;
  // The glossary's English may list alternatives ("patents intellectual property"): one section
  // must hold at least half of it, so "social" alone does not hold 社保 (Social Security Bureau).
  const english = [...new Set(contentWords(index.mapGlossary(term).english).map(stem))];
  return english.length > 0 && chosen.some((s) => english.filter((w) => s.stems.has(w)).length * 2 >= english.length);
}

/** Whether more sections than `common` hold the term; stops counting once they do. */
function countsOverCommon(texts: readonly string[], common: number, term: string): boolean {
  let count = 0;
  for (const text of texts) if (text.includes(term) && ++count > common) return true;
  return false;
}

function coverageIndexOf(corpus: Corpus): CoverageIndex {
  let index = INDEXES.get(corpus);
  if (!index) {
    index = buildCoverageIndex(corpus);
    INDEXES.set(corpus, index);
  }
  return index;
}

function buildCoverageIndex(corpus: Corpus): CoverageIndex {
  const sections = new Map<string, SectionWords>();
  const stemCount = new Map<string, number>();
  for (const section of corpus.sections) {
    // Every section of a document speaks under its title: "专项资金的申报时间" asks the guide of that fund.
    const document = corpus.documentById.get(section.docId)!;
    const titles = [document.metadata.title, document.translations.zh?.title ?? ''].join(' ');
    const words = [...new Set(contentWords(`${englishOf(section)} ${titles}`))];
    const stems = new Set(words.map(stem));
    for (const s of stems) stemCount.set(s, (stemCount.get(s) ?? 0) + 1);
    sections.set(section.id, { stems, words, chinese: `${chineseOf(section)} ${titles}` });
  }
  const chineseTexts = [...sections.values()].map((s) => s.chinese);
  const common = Math.max(2, corpus.sections.length * COMMON_SHARE);
  return {
    sections,
    stemCount,
    mapGlossary: glossaryMapperOf(corpus),
    expandQuery: queryExpanderOf(corpus),
    common,
    isCommonChinese: remember(4096, (term) => countsOverCommon(chineseTexts, common, term)),
  };
}

function englishOf(section: Section): string {
  return [section.title, ...section.path, section.text, ...section.departments, section.gloss ?? ''].join(' ');
}

function chineseOf(section: Section): string {
  const zh = section.translations.zh ?? section;
  return [zh.title, ...zh.path, zh.text, ...zh.departments].join(' ');
}

function isChinese(word: string): boolean {
  return /\p{Script=Han}/u.test(word);
}
