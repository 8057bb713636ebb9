import { type Asks, detectAsks } from '../answer/detect-asks.js';
import { classifyMessage, coveredPlaces, type MessageClass } from '../answer/classify-message.js';
import { detectSmalltalk, type SmalltalkKind } from '../answer/classify-turn.js';
import { isVague } from '../answer/detect-vague.js';
import { findMentionTerm } from '../answer/find-mentions.js';
import { type ResolvedQuestion, resolveFollowup } from '../answer/resolve-followup.js';
import type { ChatTurn } from '../answer/types.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import { detectLanguage } from '../text/detect-language.js';

/**
 * One message as the assistant understands it, built once by `parseTurn` in named stages; every
 * later step (retrieval, selection, composition, the LLM path) reads it instead of the raw text.
 */
export interface Turn {
  /** The message as asked (traditional characters already read as simplified). */
  message: string;
  history: ChatTurn[];
  language: Language;
  /** Declined by rule before anything is searched, or a policy question. */
  messageClass: MessageClass;
  /** Asks to talk to a person: the answer offers a hand-off to staff. */
  wantsPerson: boolean;
  /** A greeting, thanks or request for help: one friendly line, no citations. */
  smalltalk: SmalltalkKind | null;
  /** What the message takes from the conversation: its previous question, measures to carry, narrowing. */
  followup: ResolvedQuestion;
  /** Too broad to pick a measure for (names no industry, activity or need). */
  vague: boolean;
  /** A term the question asks to find in the text ("where does the policy mention ESG?"). */
  mention: string | null;
  /** What it asks for: details, a department, a list, sections by nature (validity, the document). */
  asks: Asks;
}

const ASKS_FOR_PERSON = langRule('conversation', 'asks-for-person');

/** Stages in order; a later stage may read what an earlier one found, never the raw text again for it. */
export function parseTurn(message: string, history: ChatTurn[], corpus: Corpus): Turn {
  const language = detectLanguage(message);
  const messageClass = classifyMessage(message, corpus);
  const wantsPerson = ASKS_FOR_PERSON.test(message);
  const smalltalk = detectSmalltalk(message, language);
  const followup = resolveFollowup(message, history, language);
  const ownSubject = !followup.context;
  return {
    message,
    history,
    language,
    messageClass,
    wantsPerson,
    smalltalk,
    followup,
    vague: ownSubject && isVague(message, coveredPlaces(corpus)),
    mention: ownSubject ? findMentionTerm(message, language) : null,
    asks: detectAsks(message),
  };
}
