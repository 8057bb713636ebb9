import type { Language } from '../corpus/section.js';
import type { Retrieval } from '../retrieval/types.js';

/** The cited document, so a reader sees which policy and whether it is still in force. */
export interface CitedDocument {
  id: string;
  title: string;
  documentNumber: string;
  validUntil: string | null;
}

export interface Citation {
  id: string;
  /** In the answer's language. */
  title: string;
  section: string;
  departments: string[];
  /** Verbatim text from the cited section, in the answer's language. */
  quote: string;
  score: number;
  document: CitedDocument;
  /** The English source beside a Chinese answer's text (absent on English answers). */
  titleEn?: string;
  quoteEn?: string;
  departmentsEn?: string[];
}

export type NoticeKind = 'validity' | 'fallback' | 'new_conversation' | 'translation' | 'numbering' | 'source_language' | 'not_served';

export interface Notice {
  kind: NoticeKind;
  text: string;
}

export type AnswerMode = 'offline' | 'llm';

/** A section offered as nearest to a question no document covers: never a citation. */
export interface RelatedSection {
  id: string;
  title: string;
}

/** The contract's Answer object, returned by every channel. */
export interface Answer {
  answer: string;
  citations: Citation[];
  refused: boolean;
  /** Up to three nearest sections when no document covers the question; [] on every other answer. */
  related: RelatedSection[];
  /** "offer" when the message asked for a person: the channel offers a hand-off to staff. */
  handoff?: 'offer';
  notices: Notice[];
  conversationId: string;
  messageId: string;
  mode: AnswerMode;
  /** The language the answer is written in: the question's. */
  language: Language;
}

/** Conversation turns an answer may look back on: enough for "who handles that?", bounded for cost and focus. */
export const HISTORY_TURNS = 6;

export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** What the core produces before a conversation store gives it ids. */
export interface AnswerDraft extends Omit<Answer, 'conversationId' | 'messageId'> {
  retrieval: Retrieval;
  /** The query retrieval actually ran (a follow-up is resolved against the conversation). */
  query: string;
}
