import { documentOf, isInForce, type Corpus } from '../corpus/corpus.js';
import type { Language, Section } from '../corpus/section.js';
import { createChineseIndex, type ChineseHit } from '../search/chinese-index.js';
import { fuseScores } from '../search/fuse.js';
import { detectLanguage } from '../text/detect-language.js';
import { langRule } from '../lang/lang-data.js';
import { contentWords } from '../text/tokenize.js';
import { countHan } from '../text/tokenize-chinese.js';
import type { WordVectors } from '../embedding/word-vectors.js';
import { createWordBridge } from './bridge-words.js';
import { createDepartmentFinder } from './department-query.js';
import { queryExpanderOf } from './expand-query.js';
import { findExplicitReferences } from './explicit-reference.js';
import { createGroupFinder } from './group-query.js';
import { createGuideTopicFinder } from './guide-topics.js';
import { glossaryMapperOf } from './map-glossary.js';
import { blend, promote, round } from './rank-hits.js';
import type { SearchIndex } from './search-index.js';
import { createSuccessorFinder } from './successor-query.js';
import { createJurisdictionScope } from './jurisdiction-scope.js';
import { sectionsOfDepartmentAnywhere, withSourceDepartments } from './source-departments.js';
import type { RetrievalHit, RetrievalStrategy, Retriever } from './types.js';

/** Chunks each ranker returns: well above the sections an answer or a list can use. */
const CANDIDATES = 64;
/** A guide's part asked about by its topic is put first only when the question's ranking has its guide among this many. */
const GUIDE_DEPTH = 20;
/** "Compare that one with Measure 28": a section named alone is weighed beside the carried one, not instead of it. */
const COMPARES = langRule('followup', 'compares');
/** Sections scoring at least this share of the first are close enough for the one in force to go first. */
const IN_FORCE_SHARE = 0.5;
/** At most this many content words (or Chinese characters) make a follow-up brief. */
const BRIEF = { words: 4, han: 10 };
/** A section scoring at least this share of the best one counts as a leader of the question's own ranking. */
const LEADER_SHARE = 0.75;
/**
 * Weight of the Chinese text's own ranking against the English rankers (reached through the
 * glossary) for a Chinese question; `npm run compare-fusion` prints the alternatives.
 */
export const CHINESE_WEIGHT = 0.6;

export interface RetrieverOptions {
  onDenseError?: (error: unknown) => void;
  /** Overrides CHINESE_WEIGHT (the fusion comparison script). */
  chineseWeight?: number;
  /** Fuses dense and lexical scores with this weight on dense (see search/fuse.ts). */
  denseWeight?: number;
  /** The local word vectors: an English question's words reach a Chinese-only section's gloss through them (bridge-words.ts). */
  wordVectors?: WordVectors;
}

/**
 * Retrieval in both languages. An English question is ranked by dense vectors and BM25 over the
 * English text; a Chinese question by BM25 over the Chinese text fused with the English rankers
 * run on its glossary translation. Explicit references, department lists and heading lists are
 * pinned first in either language.
 */
export function createRetriever(corpus: Corpus, index: SearchIndex, options: RetrieverOptions = {}): Retriever {
  const { sections } = corpus;
  const knownIds = new Set(corpus.sectionById.keys());
  const findDepartment = withSourceDepartments(corpus, createDepartmentFinder(corpus));
  const findGroup = createGroupFinder(sections);
  const findGuideParts = createGuideTopicFinder(corpus);
  const findSuccessors = createSuccessorFinder(corpus);
  const findJurisdiction = createJurisdictionScope(corpus);
  // Sections with a Chinese text: the translated ones and those written in Chinese.
  const searchChinese = createChineseIndex(sections.filter((s) => s.translations.zh || isWrittenInChinese(corpus, s)));
  const mapGlossary = glossaryMapperOf(corpus);
  const expandQuery = queryExpanderOf(corpus);
  const bridgeWords = createWordBridge(corpus, options.wordVectors);
  const chineseWeight = options.chineseWeight ?? CHINESE_WEIGHT;

  const searchEnglish = async (query: string, signal?: AbortSignal, exact = false): Promise<RetrievalHit[]> => {
    const dense = await index.embedder
      .embed([query], { signal })
      .then(([vector]) => index.vectors.search(vector!, CANDIDATES))
      .catch((error: unknown) => {
        // A remote embedder that fails must not take answers down: BM25 alone still ranks well.
        options.onDenseError?.(error);
        return [];
      });
    const lexical = index.lexical.search(query, CANDIDATES, { exact });
    const denseBest = bestScorePerSection(dense);
    const lexicalBest = bestScorePerSection(lexical);
    const fused = fuseScores(denseBest, lexicalBest, options.denseWeight);
    // Sorted by position, best fused score first (ties keep the map's order, as a stable sort of its entries would).
    const ids = [...fused.keys()];
    const scores = [...fused.values()];
    const order = ids.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
    return order.map((i) => {
      const id = ids[i]!;
      return {
        id,
        score: round(scores[i]!),
        dense: round(denseBest.get(id) ?? 0),
        lexical: round(lexicalBest.get(id) ?? 0),
        coverage: 0,
      };
    });
  };

  /** Each section's best chunk score, in the hits' order (best first): one map, no object per hit. */
  const bestScorePerSection = (hits: Array<{ index: number; score: number }>): Map<string, number> => {
    const best = new Map<string, number>();
    for (const hit of hits) {
      const id = index.chunks[hit.index]!.sectionId;
      if (!best.has(id)) best.set(id, hit.score);
    }
    return best;
  };

  const withGlossaryEnglish = (query: string) => {
    const han = query.match(/\p{Script=Han}+/gu);
    return han ? `${query} ${mapGlossary(han.join(' ')).english}` : query;
  };
  // Latin words in a Chinese question (ESG, AI, FDA) go to the English rankers as they are.
  const translate = (query: string) => `${mapGlossary(query).english} ${query.match(/[A-Za-z][A-Za-z&-]*/g)?.join(' ') ?? ''}`.trim();

  const search = async (query: string, language: Language, signal?: AbortSignal): Promise<RetrievalHit[]> => {
    // Chinese terms in an English question ("what about 首店?") are searched by their glossary English.
    if (language === 'en') return searchEnglish(expandQuery(withGlossaryEnglish(bridgeWords(query))), signal);
    const native = new Map(searchChinese(query, CANDIDATES).map((h) => [h.id, h]));
    const english = translate(query);
    // The glossary's English is spelled right: no typo tolerance needed.
    const translated = english ? await searchEnglish(expandQuery(english), signal, true) : [];
    return fuseChinese(native, translated, chineseWeight);
  };

  return async (query, request = {}) => {
    const limit = request.limit ?? 10;
    const language = request.language ?? detectLanguage(query);
    const explicit = findExplicitReferences(query, knownIds);
    // A question that names sections is about them, whatever came before it.
    const named = explicit.ids.length + explicit.missing.length > 0;
    const context = named ? undefined : request.context;
    const jurisdiction = findJurisdiction(query);
    const inScope = (hits: RetrievalHit[]) =>
      jurisdiction ? hits.filter((h) => jurisdiction.has(corpus.sectionById.get(h.id)!.docId)) : hits;
    const own = inScope(await search(query, language, request.signal));
    const ranked = context ? blend(own, inScope(await search(`${query} ${context}`, language, request.signal))) : own;
    const department = findDepartment(query);
    // "And the Data Bureau?" after "Which measures is the Talent Bureau responsible for?" asks the same of another.
    const listedBefore = context !== undefined && isBrief(query) && findDepartment(context)?.asksForList === true;
    const asksForList = department !== null && (department.asksForList || listedBefore || (request.narrowTo?.length ?? 0) > 0);
    const found =
      explicit.ids.length > 0 || asksForList ? null : findGroup(query, language, language === 'zh' ? translate(query) : undefined);
    // Words shared with a heading by chance ("企业", "development") must not list a whole part:
    // the part must also hold the question's own best section, or one that ranks close to it. A
    // question carrying the conversation's sections ("so which could we apply under, overall?")
    // names no heading of its own.
    const leaders = ranked.slice(0, 3).filter((h) => h.score >= ranked[0]!.score * LEADER_SHARE);
    const byChance = (ids: string[]) => (request.carriedIds?.length ?? 0) > 0 || !leaders.some((h) => ids.includes(h.id));
    const group = found?.foundBy === 'heading' && byChance(found.ids) ? null : found;
    let strategy: RetrievalStrategy = 'hybrid';
    let pinned: string[] = [];
    const successors = explicit.ids.length > 0 ? null : findSuccessors(query, language);
    if (explicit.ids.length > 0) {
      strategy = 'explicit';
      pinned = explicit.ids;
    } else if (successors) {
      strategy = 'successor';
      pinned = successors;
    } else if (department && asksForList) {
      strategy = 'department';
      const narrowed = new Set(request.narrowTo);
      // "Which does it lead alone?": the measures naming no other department beside it.
      const listed = sectionsOfDepartmentAnywhere(corpus, department.department)
        .filter((s) => !department.alone || s.departments.length === 1)
        .map((s) => s.id);
      pinned = [...listed.filter((id) => narrowed.has(id)), ...listed.filter((id) => !narrowed.has(id))];
    } else if (group) {
      strategy = 'group';
      pinned = group.ids;
    }
    // A comparison naming one section has the carried one as its other side.
    const comparesWithCarried = explicit.ids.length === 1 && COMPARES.test(query);
    const carried = (named && !comparesWithCarried ? [] : (request.carriedIds ?? [])).filter(
      (id) => knownIds.has(id) && !pinned.includes(id),
    );
    const front = [...pinned, ...carried];
    // A guide's part named by what the question asks (materials, deadline, contacts), when the question's own
    // ranking has that guide in view: a short part (申报时间) may rank below the guide's long ones.
    const inView = new Set(ranked.slice(0, GUIDE_DEPTH).map((h) => corpus.sectionById.get(h.id)?.docId));
    const guideParts =
      pinned.length > 0 ? [] : findGuideParts(query, language).filter((id) => inView.has(corpus.sectionById.get(id)?.docId));
    const preferred = [...guideParts, ...(request.preferIds ?? [])].filter((id) => knownIds.has(id) && !front.includes(id));
    const current = request.today ? inForceFirst(ranked, corpus, request.today) : ranked;
    const hits = promote(current, [...front, ...preferred]).slice(0, Math.max(limit, front.length + preferred.length));
    return {
      strategy,
      language,
      hits,
      pinned: front.length,
      group: group?.heading ?? null,
      missing: explicit.missing,
      department: department?.department ?? null,
      ...(strategy === 'department' && department?.alone ? { departmentAlone: true } : {}),
    };
  };
}

/**
 * Of the sections ranking close to the first, those of documents in force on `today` go first: a
 * Chinese document is ranked for an English question through a dictionary gloss, which scores below
 * an English text on the same topic, and what applies now is what people ask about.
 */
function inForceFirst(ranked: RetrievalHit[], corpus: Corpus, today: string): RetrievalHit[] {
  const [top] = ranked;
  if (!top) return ranked;
  const close = ranked.filter((h) => h.score >= top.score * IN_FORCE_SHARE);
  const inForce = (h: RetrievalHit) => isInForce(corpus, h.id, today);
  const first = close.filter(inForce);
  if (first.length === 0 || first.length === close.length) return ranked;
  return [...first, ...close.filter((h) => !inForce(h)), ...ranked.slice(close.length)];
}

/** A follow-up naming little but its subject ("And the Data Bureau?", "那区数据局呢"). */
function isBrief(query: string): boolean {
  return contentWords(query).length <= BRIEF.words && countHan(query) <= BRIEF.han;
}

function isWrittenInChinese(corpus: Corpus, section: Section): boolean {
  return documentOf(corpus, section).metadata.language === 'zh';
}

/** The Chinese text's BM25 (scaled by its maximum) mixed with the English rankers' fused score. */
function fuseChinese(native: Map<string, ChineseHit>, translated: RetrievalHit[], weight: number): RetrievalHit[] {
  let nativeMax = 0;
  for (const hit of native.values()) nativeMax = Math.max(nativeMax, hit.score);
  nativeMax ||= 1;
  const english = new Map<string, RetrievalHit>();
  for (const hit of translated) english.set(hit.id, hit);
  const englishWeight = translated.length > 0 ? 1 - weight : 0;
  const fused: RetrievalHit[] = [];
  const fuse = (id: string) => {
    const en = english.get(id);
    const zh = native.get(id);
    const score = (weight * (zh?.score ?? 0)) / nativeMax + englishWeight * (en?.score ?? 0);
    fused.push({
      id,
      score: round(score / (weight + englishWeight)),
      dense: en?.dense ?? 0,
      lexical: en?.lexical ?? 0,
      coverage: round(zh?.coverage ?? 0),
    });
  };
  // The Chinese ranking's sections first, then the English rankers' others, as the sort's ties expect.
  for (const id of native.keys()) fuse(id);
  for (const id of english.keys()) if (!native.has(id)) fuse(id);
  return fused.sort((a, b) => b.score - a.score);
}
