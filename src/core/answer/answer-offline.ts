import { documentOf, type Corpus } from '../corpus/corpus.js';
import type { Retriever } from '../retrieval/types.js';
import { detectLanguage } from '../text/detect-language.js';
import { buildCitations } from './build-citations.js';
import { classifyMessage, coveredPlaces } from './classify-message.js';
import { isVague } from './detect-vague.js';
import { addCompoundParts } from './compound-question.js';
import { composeOffline } from './compose-offline.js';
import { detectAsks } from './detect-asks.js';
import { findMentionTerm, sectionsMentioning } from './find-mentions.js';
import { numberingNotices, translationNotices, validityNotices } from './notices.js';
import { writeClarification, writeRefusal, writeSmalltalk, type RefusalReason } from './canned-replies.js';
import { detectSmalltalk } from './classify-turn.js';
import { resolveFollowup } from './resolve-followup.js';
import { pairGuideAndMeasure } from './pair-guide.js';
import { preferInForce } from './prefer-in-force.js';
import { scopeAsksToDocument } from './scope-asks.js';
import { selectSections } from './select-sections.js';
import { selectMentioning, selectNarrowed, withoutSections } from './select-by-turn.js';
import type { AnswerDraft, ChatTurn, Citation, Notice } from './types.js';
import type { Language } from '../corpus/section.js';

export interface AnswerContext {
  corpus: Corpus;
  retrieve: Retriever;
  /** YYYY-MM-DD, for the validity notices. */
  today: string;
}

export interface Question {
  message: string;
  history?: ChatTurn[];
}

const noRetrieval = (language: Language) => ({
  strategy: 'hybrid' as const,
  language,
  hits: [],
  pinned: 0,
  group: null,
  missing: [],
  department: null,
});

/** The one use case: a question (and its conversation) in, a grounded offline answer out. */
export async function answerOffline(
  context: AnswerContext,
  question: Question,
  options: { signal?: AbortSignal } = {},
): Promise<AnswerDraft> {
  const { corpus } = context;
  const language = detectLanguage(question.message);
  const none = { retrieval: noRetrieval(language), query: question.message };
  // Rule-based refusals need no search: nothing is embedded or ranked for them.
  const kind = classifyMessage(question.message, corpus);
  if (kind !== 'policy') return refuse(context, REFUSAL_FOR[kind], language, none);
  // Greetings and thanks get a friendly line, never the previous answer's measures.
  const smalltalk = detectSmalltalk(question.message, language);
  if (smalltalk) {
    const answer = writeSmalltalk(corpus, smalltalk, language);
    return { ...none, answer, citations: [], refused: false, notices: [], mode: 'offline', language };
  }
  const resolved = resolveFollowup(question.message, question.history ?? []);
  // Too broad to pick a measure for: ask what the company does and needs rather than guess.
  if (!resolved.context && isVague(question.message, coveredPlaces(corpus))) {
    return { ...none, answer: writeClarification(corpus, language), citations: [], refused: false, notices: [], mode: 'offline', language };
  }
  // "Where does the policy mention ESG?" lists every section that holds the word.
  const term = resolved.context ? null : findMentionTerm(question.message, language);
  const mentioning = term ? sectionsMentioning(corpus, term) : new Set<string>();
  const asked = scopeAsksToDocument(detectAsks(question.message), question.message, corpus);
  const asks = mentioning.size > 1 ? { ...asked, list: true } : asked;
  // "Is it still valid?" is about the policy's period, not the previous answer's measures.
  const carriedIds = asks.sections.length > 0 ? [] : resolved.carriedIds;
  const retrieval = await context.retrieve(question.message, {
    carriedIds,
    preferIds: asks.sections,
    context: resolved.context ?? undefined,
    signal: options.signal,
    // Every section is ranked, so that none holding the word is left out.
    limit: mentioning.size > 0 ? corpus.sections.length : undefined,
  });
  const query = resolved.context ? `${question.message} (after: ${resolved.context})` : question.message;
  const base = { retrieval, query };

  if (retrieval.missing.length > 0 && retrieval.pinned === 0) return refuse(context, 'missing', language, base, retrieval.missing);
  // "No, I meant the finance one" after a single measure: anything but that one.
  const ranked = resolved.exclude ? withoutSections(retrieval, resolved.exclude) : retrieval;
  const chosen = selectNarrowed(ranked, resolved.narrowTo) ?? selectMentioning(ranked, mentioning) ?? selectSections(ranked, asks);
  // A follow-up is about its conversation's subject; only a question of its own is taken apart.
  const complete = resolved.context
    ? chosen
    : await addCompoundParts(chosen, retrieval, question.message, context.retrieve, options.signal);
  const selection = pairGuideAndMeasure(preferInForce(complete, retrieval, corpus, context.today), retrieval, corpus, context.today);
  if (selection.hits.length === 0) return refuse(context, 'off_topic', language, base);

  const composed = composeOffline(corpus, question.message, retrieval, selection, asks, context.today);
  const citations = buildCitations(composed.text, retrieval.hits, corpus, language, composed.quotes);
  return {
    ...base,
    answer: composed.text,
    citations,
    refused: false,
    notices: describeNotices(context, citations, language, retrieval.strategy === 'explicit'),
    mode: 'offline',
    language,
  };
}

const REFUSAL_FOR = { injection: 'steer', other_jurisdiction: 'jurisdiction', other_task: 'off_topic' } as const;

function refuse(
  context: AnswerContext,
  reason: RefusalReason,
  language: Language,
  base: Pick<AnswerDraft, 'retrieval' | 'query'>,
  missing: string[] = [],
): AnswerDraft {
  const answer = writeRefusal(context.corpus, reason, language, missing);
  const numbered = reason === 'missing';
  return {
    ...base,
    answer,
    citations: [],
    refused: true,
    notices: describeNotices(context, [], language, numbered),
    mode: 'offline',
    language,
  };
}

/**
 * Validity of every cited document (of all, when nothing is cited), the translation notice, and,
 * where a Chinese answer names numbered measures, that the numbering is ours.
 */
export function describeNotices(
  context: AnswerContext,
  citations: Array<Pick<Citation, 'id'>>,
  language: Language,
  numbered = false,
): Notice[] {
  const { corpus } = context;
  const cited = [...new Set(citations.map((c) => documentOf(corpus, corpus.sectionById.get(c.id)!)))];
  const documents = cited.length > 0 ? cited : corpus.documents;
  return [
    ...validityNotices(documents, context.today, language, corpus.documents.length > 1),
    ...translationNotices(cited, language),
    ...(numbered ? numberingNotices(cited, language) : []),
  ];
}
