import type { Retrieval } from '../retrieval/retrieve.js';

export interface Citation {
  id: string;
  title: string;
  section: string;
  departments: string[];
  /** Verbatim text from the cited section. */
  quote: string;
  score: number;
}

export type NoticeKind = 'validity' | 'fallback' | 'new_conversation';

export interface Notice {
  kind: NoticeKind;
  text: string;
}

export type AnswerMode = 'offline' | 'llm';

/** The contract's Answer object, returned by every channel. */
export interface Answer {
  answer: string;
  citations: Citation[];
  refused: boolean;
  notices: Notice[];
  conversationId: string;
  messageId: string;
  mode: AnswerMode;
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
