import { documentOf, type Corpus } from '../corpus/corpus.js';
import type { Retriever } from '../retrieval/types.js';
import { buildCitations } from './build-citations.js';
import { addCompoundParts } from './compound-question.js';
import { coversQuestion, measureCoverage } from './check-coverage.js';
import { composeOffline, describeContact, findSilentSections } from './compose-offline.js';
import { sectionsMentioning } from './find-mentions.js';
import { numberingNotices, translationNotices, validityNotices } from './notices.js';
import {
  writeClarification,
  writeHandoffOffer,
  writeRefusal,
  writeSmalltalk,
  writeStructure,
  type NotStated,
  type RefusalReason,
} from './canned-replies.js';
import { pairGuideAndMeasure } from './pair-guide.js';
import { preferInForce } from './prefer-in-force.js';
import { findDescribed } from './resolve-described.js';
import { selectSections } from './select-sections.js';
import { selectMentioning, selectNarrowed, withoutSections } from './select-by-turn.js';
import type { AnswerDraft, ChatTurn, Citation, Notice, RelatedSection } from './types.js';
import type { Asks } from './detect-asks.js';
import type { Retrieval } from '../retrieval/types.js';
import { readSection, type Language } from '../corpus/section.js';
import { parseTurn, type Turn } from '../understand/parse-turn.js';

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
export function answerOffline(context: AnswerContext, question: Question, options: { signal?: AbortSignal } = {}): Promise<AnswerDraft> {
  return answerTurn(context, parseTurn(question.message, question.history ?? [], context.corpus), options);
}

/** Answers a message already parsed (the LLM path parses once and falls back to this). */
export async function answerTurn(context: AnswerContext, turn: Turn, options: { signal?: AbortSignal } = {}): Promise<AnswerDraft> {
  const { corpus } = context;
  const { language, followup: resolved } = turn;
  const none = { retrieval: noRetrieval(language), query: turn.message };
  // Rule-based refusals need no search: nothing is embedded or ranked for them.
  if (turn.messageClass !== 'policy') return refuse(context, REFUSAL_FOR[turn.messageClass], language, none);
  const reply = (answer: string) => ({
    ...none,
    answer,
    citations: [],
    refused: false,
    related: [],
    notices: [],
    mode: 'offline' as const,
    language,
  });
  // Someone who asks for a person is offered one; the channel shows how (a hand-off form, contacts).
  if (turn.wantsPerson) return { ...reply(writeHandoffOffer(language)), handoff: 'offer' };
  // Greetings and thanks get a friendly line, never the previous answer's measures.
  if (turn.smalltalk) return reply(writeSmalltalk(corpus, turn.smalltalk, language));
  // "How many measures are there?" with no topic of its own: how the documents are made up.
  if (turn.asks.shape && !turn.concepts.some((c) => !c.weak) && turn.followup.carriedIds.length === 0) {
    return reply(writeStructure(corpus, language));
  }
  // Too broad to pick a measure for: ask what the company does and needs rather than guess.
  if (turn.vague) return reply(writeClarification(corpus, language));
  // "Where does the policy mention ESG?" lists every section that holds the word.
  const mentioning = turn.mention ? sectionsMentioning(corpus, turn.mention) : new Set<string>();
  const asks = mentioning.size > 1 ? { ...turn.asks, list: true } : turn.asks;
  // "Who runs the ESG one and the digital one?": the measures given that those words describe.
  const described = resolved.described ? await findDescribed(resolved.described, language, context.retrieve, options.signal) : null;
  // "其中只由我们一家负责的是哪些": of the measures just given, those naming one department only.
  const narrowList =
    resolved.narrowTo && turn.asks.alone
      ? resolved.narrowTo.filter((id) => corpus.sectionById.get(id)?.departments.length === 1)
      : resolved.narrowTo;
  // "Is it still valid?" is about the policy's period, not the previous answer's measures.
  const carriedIds = asks.sections.length > 0 ? [] : (described ?? resolved.carriedIds);
  // "The first one - which departments?" is asked of the item it picks; "our bureau", of the asker's own.
  const asked = resolved.query ?? turn.message;
  const message = turn.speakerDepartment ? `${asked} (${turn.speakerDepartment})` : asked;
  const request = {
    language,
    carriedIds,
    preferIds: asks.sections,
    context: resolved.context ?? undefined,
    narrowTo: narrowList,
    today: context.today,
    signal: options.signal,
    // Every section is ranked, so that none holding the word is left out.
    limit: mentioning.size > 0 ? corpus.sections.length : undefined,
  };
  const narrowed = await context.retrieve(message, request);
  // "Which of those two is easier to get?" ranks none of them by its own words: it asks about them all.
  const aboutAll =
    narrowList !== undefined && !resolved.corrects && narrowed.pinned === 0 && !selectNarrowed(narrowed, narrowList, asks.list);
  const retrieval = aboutAll ? await context.retrieve(message, { ...request, carriedIds: narrowList, narrowTo: undefined }) : narrowed;
  const query = resolved.context ? `${message} (after: ${resolved.context})` : message;
  const base = { retrieval, query };

  if (retrieval.missing.length > 0 && retrieval.pinned === 0) return refuse(context, 'missing', language, base, retrieval.missing);
  // "No, I meant the finance one" after a single measure: anything but that one.
  const ranked = resolved.exclude ? withoutSections(retrieval, resolved.exclude) : retrieval;
  // "Which of these three is the Justice Bureau responsible for?": that bureau's list, among those carried.
  // A department's list asked of the conversation ("those two", "一共哪些是科经委管的") keeps to what it gave.
  const conversational = carriedIds.length > 0 ? carriedIds : resolved.gathered;
  // "No, I meant the professional-services one" after two others: what was meant is what ranks first, among them or not.
  const meantElsewhere = resolved.corrects === true && !narrowList?.includes(ranked.hits[0]?.id ?? '');
  const narrowTo =
    aboutAll || meantElsewhere ? undefined : (narrowList ?? (retrieval.strategy === 'department' ? conversational : undefined));
  const chosen = selectNarrowed(ranked, narrowTo, asks.list) ?? selectMentioning(ranked, mentioning) ?? selectSections(ranked, asks);
  // A follow-up is about its conversation's subject; only a question of its own is taken apart.
  const complete =
    resolved.context || described ? chosen : await addCompoundParts(chosen, retrieval, message, context.retrieve, options.signal);
  const selection = pairGuideAndMeasure(preferInForce(complete, retrieval, corpus, context.today), retrieval, corpus, context.today, {
    text: message,
    asks,
  });
  // Not covered: said plainly, with the nearest sections offered as nearest, never cited.
  if (selection.hits.length === 0 || !coversQuestion(corpus, turn, retrieval, selection.hits, mentioning.size > 0)) {
    return refuse(context, 'off_topic', language, base, [], nearestSections(corpus, retrieval, language));
  }
  // "How much is the first-store subsidy?" when the measure sets no amount: not covered either; the
  // measure is offered as nearest, with whom to ask. "Is there support, and how much?" is answered.
  const sections = selection.hits.map((h) => corpus.sectionById.get(h.id)!);
  if (
    !turn.statement &&
    asksOnlyDetails(asks, turn.askedDetails) &&
    findSilentSections(corpus, sections, asks).length === sections.length
  ) {
    const related = sections.slice(0, RELATED_MAX).map((s) => ({ id: s.id, title: readSection(s, language).title }));
    // Whom to ask is evident only when the sections hold the topic itself ("first stores"), not just its words.
    const heldTopic =
      measureCoverage(
        corpus,
        turn.concepts,
        sections.map((s) => s.id),
      ).uncovered.length === 0;
    const notStated = { details: turn.askedDetails, contact: heldTopic ? describeContact(corpus, sections, language) : null };
    return refuse(context, 'not_stated', language, base, [], related, notStated);
  }

  const composed = composeOffline(corpus, message, retrieval, selection, asks, context.today);
  const citations = buildCitations(composed.text, retrieval.hits, corpus, language, composed.quotes);
  return {
    ...base,
    answer: composed.text,
    citations,
    refused: false,
    related: [],
    notices: describeNotices(context, citations, language, retrieval.strategy === 'explicit'),
    mode: 'offline',
    language,
  };
}

/**
 * A question that asks for amounts, dates or forms and nothing else: its asking clause names them,
 * and it does not ask whether there is support, which, or who handles it.
 */
function asksOnlyDetails(asks: Asks, askedDetails: readonly string[]): boolean {
  return askedDetails.length > 0 && !asks.existence && !asks.list && !asks.department && asks.sections.length === 0;
}

/** How many nearest sections a not-covered answer offers. */
const RELATED_MAX = 3;

function nearestSections(corpus: Corpus, retrieval: Retrieval, language: Language): RelatedSection[] {
  // The preamble and the period are about the document, never near a topic it does not cover.
  return retrieval.hits
    .map((hit) => corpus.sectionById.get(hit.id)!)
    .filter((section) => section.kind !== 'preamble' && section.kind !== 'validity')
    .slice(0, RELATED_MAX)
    .map((section) => ({ id: section.id, title: readSection(section, language).title }));
}

const REFUSAL_FOR = { injection: 'steer', other_jurisdiction: 'jurisdiction', other_task: 'off_topic' } as const;

function refuse(
  context: AnswerContext,
  reason: RefusalReason,
  language: Language,
  base: Pick<AnswerDraft, 'retrieval' | 'query'>,
  missing: string[] = [],
  related: RelatedSection[] = [],
  notStated?: NotStated,
): AnswerDraft {
  const answer = writeRefusal(context.corpus, reason, language, missing, related, notStated);
  const numbered = reason === 'missing';
  return {
    ...base,
    answer,
    citations: [],
    refused: true,
    related,
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
