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
import { findOutOfScope } from './profile-scope.js';
import { rankEvidence, type QueryHits } from './rank-evidence.js';
import { describeNoMatch } from './scope-notice.js';
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
  const queries = buildProfileQueries({ text: request.profile, industry: request.industry }, needs, language, mapGlossary);
  const results: QueryHits[] = await Promise.all(
    queries.map(async ({ kind, need, text }) => {
      const retrieval = await context.retrieve(text, { limit: HITS_PER_QUERY });
      return { kind, need, hits: retrieval.hits.filter((h) => corpus.sectionById.get(h.id)?.kind === 'measure') };
    }),
  );
  const ranked = rankEvidence(results).slice(0, limit);
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
  return { matches, language, notices };
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
