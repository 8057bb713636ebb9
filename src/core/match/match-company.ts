import type { AnswerContext } from '../answer/answer-offline.js';
import { translationNotices, validityNotices } from '../answer/notices.js';
import type { Notice } from '../answer/types.js';
import { documentOf } from '../corpus/corpus.js';
import { readSection, type Language } from '../corpus/section.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { detectLanguage } from '../text/detect-language.js';
import { attributeNeed, detectNeeds, NEED_WORDS, type Need } from './needs.js';
import { pickReason } from './pick-reason.js';
import { buildProfileQueries } from './profile-queries.js';
import { detectIndustries, measuresForIndustry } from './industries.js';
import { contractNeed, detectOtherNeeds, isNeedServed } from './other-needs.js';
import { findOutOfScope, withoutPlaces } from './profile-scope.js';
import { MATCH_WEIGHTS, rankEvidence, type QueryHits, type RankedMeasure } from './rank-evidence.js';
import { describeNoMatch, describeUnservedNeeds } from './scope-notice.js';
import { toSimplified } from '../text/to-simplified.js';

export type { Need } from './needs.js';

export interface MatchRequest {
  /** What the company does and needs, in its own words (English or Chinese). */
  profile: string;
  industry?: string;
  /** Needs stated outright, beside those the profile expresses. */
  needs?: Need[];
  /** How many measures at most: 10 unless asked, never more than 20. */
  limit?: number;
}

export interface MatchedMeasure {
  id: string;
  title: string;
  departments: string[];
  /** The sentence of the measure that makes it relevant, verbatim, and the need it serves. */
  reason: { quote: string; need: Need };
  score: number;
}

export interface MatchResult {
  matches: MatchedMeasure[];
  language: Language;
  notices: Notice[];
}

export const DEFAULT_MATCHES = 10;
export const MAX_MATCHES = 20;
/** Hits taken from each search: deep enough that a measure ranked well for two needs is seen by both. */
const HITS_PER_QUERY = 20;

/**
 * The second use case beside answering: a company's description in, the measures that apply to
 * it out, most relevant first, each with its reason. Built on the same retriever as answers: one
 * search for the profile as a whole and one per need, merged per measure. A profile the policy
 * does not serve gets no matches rather than the least bad ones, and a notice saying why.
 */
export async function matchCompany(context: AnswerContext, asked: MatchRequest): Promise<MatchResult> {
  const { corpus } = context;
  // Traditional characters are read in simplified ones, like the text.
  const request = { ...asked, profile: toSimplified(asked.profile), industry: asked.industry && toSimplified(asked.industry) };
  const language = detectLanguage(request.profile);
  const limit = Math.min(Math.max(Math.trunc(request.limit ?? DEFAULT_MATCHES), 1), MAX_MATCHES);
  const needs = [...new Set([...detectNeeds(request.profile), ...(request.needs ?? [])])];
  const scope = request.profile.trim() === '' ? null : findOutOfScope(request.profile, corpus, needs);
  if (request.profile.trim() === '' || scope)
    return { matches: [], language, notices: [...describeMatchNotices(context, [], language), describeNoMatch(scope, corpus, language)] };

  const mapGlossary = glossaryMapperOf(corpus);
  // Searched without place names: where the company is says nothing about what it does.
  const searched = { text: withoutPlaces(request.profile, corpus), industry: request.industry && withoutPlaces(request.industry, corpus) };
  const queries = buildProfileQueries(searched, needs, language, mapGlossary);
  const results: QueryHits[] = await Promise.all(
    queries.map(async ({ kind, need, text }) => {
      const retrieval = await context.retrieve(text, { limit: HITS_PER_QUERY });
      return { kind, need, hits: retrieval.hits.filter((h) => corpus.sectionById.get(h.id)?.kind === 'measure') };
    }),
  );
  // The industry's measures are added only where the description alone misses its industry's part:
  // a law firm that reads like the professional-services measures needs no help to reach them.
  const unaided = new Set(
    rankEvidence(results)
      .slice(0, limit)
      .map((m) => m.id),
  );
  const industries = detectIndustries(`${searched.industry ?? ''} ${searched.text}`)
    .filter((industry) => !measuresForIndustry(corpus, industry).some((s) => unaided.has(s.id)))
    .map((industry) => industryHits(corpus, industry, results));
  const ranked = keepEachNeed(rankEvidence([...results, ...industries]), results, limit);
  const described = `${request.industry ?? ''} ${request.profile}`;
  const matches = ranked.map(({ id, needs: found, score }) => {
    const section = corpus.sectionById.get(id)!;
    const text = readSection(section, language);
    const servedNeed = attributeNeed(section, found, needs);
    const needWords = servedNeed === 'other' ? '' : NEED_WORDS[servedNeed].policy[language];
    return {
      id,
      title: text.title,
      departments: text.departments,
      reason: { quote: pickReason(text, language, described, needWords), need: servedNeed },
      score,
    };
  });
  const notices = describeMatchNotices(
    context,
    matches.map((m) => m.id),
    language,
  );
  // Nothing cleared the floor: the company's trade and needs are outside what the measures address.
  if (matches.length === 0) notices.push(describeNoMatch(null, corpus, language));
  const unserved = [...needs.filter((n) => n !== 'other').map(contractNeed), ...detectOtherNeeds(request.profile)].filter(
    (need) => !isNeedServed(corpus, need),
  );
  if (unserved.length > 0) notices.push(describeUnservedNeeds(unserved, language));
  return { matches, language, notices };
}

/**
 * The measures a document wrote for the company's industry, as one search's hits, so a profile
 * that calls its trade differently ("人工智能" for a "data intelligence industry") still reaches
 * them: those the company's own description (its profile and clause searches) reaches at all,
 * ranked as it ranks them. A part's measure for another line of the same industry (elderly care
 * beside drug research) that the description never reaches is not the company's.
 */
function industryHits(corpus: AnswerContext['corpus'], industry: string, results: QueryHits[]): QueryHits {
  const seen = new Map<string, number>();
  for (const { kind, hits } of results) {
    if (kind !== 'need') for (const hit of hits) seen.set(hit.id, Math.max(hit.score, seen.get(hit.id) ?? 0));
  }
  const { industryScore, industryStep, industrySeen } = MATCH_WEIGHTS;
  const reached = measuresForIndustry(corpus, industry)
    .map((section) => ({ id: section.id, seen: seen.get(section.id) ?? 0 }))
    .filter((s) => s.seen >= industrySeen)
    .sort((a, b) => b.seen - a.seen);
  return {
    kind: 'industry',
    need: null,
    hits: reached.map(({ id }, rank) => ({ id, score: industryScore - rank * industryStep, dense: 0, lexical: 0, coverage: 0 })),
  };
}

/**
 * The first `limit` measures, with the best measure of every stated need among them: a need's
 * search's first hit, unless one of the kept measures already ranks high in that search. It takes
 * the place of the lowest-ranked measure that is no need's best, so "an AI start-up that needs
 * talent" always sees the talent measure, however strongly its industry's measures rank.
 */
function keepEachNeed(ranked: RankedMeasure[], results: QueryHits[], limit: number): RankedMeasure[] {
  const kept = ranked.slice(0, limit);
  if (kept.length === 0) return kept;
  const pinned = new Set<string>();
  for (const { kind, need, hits } of results) {
    if (kind !== 'need' || need === null || hits.length === 0) continue;
    const top = hits.slice(0, MATCH_WEIGHTS.gateDepth).map((h) => h.id);
    const present = kept.find((m) => top.includes(m.id));
    if (present) {
      pinned.add(present.id);
      continue;
    }
    const best = ranked.find((m) => m.id === hits[0]!.id) ?? {
      id: hits[0]!.id,
      needs: [need],
      score: round(hits[0]!.score * MATCH_WEIGHTS.needWeight),
    };
    const replaced = kept.length < limit ? -1 : kept.findLastIndex((m) => !pinned.has(m.id));
    if (replaced === -1 && kept.length >= limit) continue;
    if (replaced === -1) kept.push(best);
    else kept[replaced] = best;
    pinned.add(best.id);
  }
  return kept.sort((a, b) => b.score - a.score);
}

/** As answers have them: the validity of the matched measures' documents (of all, with no match), and the translation notice. */
function describeMatchNotices(context: AnswerContext, ids: string[], language: Language): Notice[] {
  const { corpus } = context;
  const matched = [...new Set(ids.map((id) => documentOf(corpus, corpus.sectionById.get(id)!)))];
  return [
    ...validityNotices(matched.length > 0 ? matched : corpus.documents, context.today, language, corpus.documents.length > 1),
    ...translationNotices(matched, language),
  ];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
