import type { AnswerMode } from '../answer/types.js';

export type Channel = 'web' | 'slack' | 'api' | 'cli';
export type Rating = 'up' | 'down';

export interface RetrievalTrace {
  strategy: string;
  retrieved: Array<{ id: string; score: number }>;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: 'user' | 'assistant';
  /** Redacted before it is stored. */
  text: string;
  citations: string[];
  mode: AnswerMode | null;
  refused: boolean;
  notices: string[];
  latencyMs: number | null;
  trace: RetrievalTrace | null;
  createdAt: string;
}

export interface Conversation {
  id: string;
  channel: Channel;
  /** Channel-specific key (a Slack thread), so a channel can find its conversation again. */
  externalKey: string | null;
  createdAt: string;
}

export interface Feedback {
  conversationId: string;
  messageId: string;
  rating: Rating;
  comment: string | null;
  createdAt: string;
}

export interface Stats {
  questionsPerDay: Array<{ day: string; count: number }>;
  answers: number;
  refusalRate: number | null;
  fallbackRate: number | null;
  mostCited: Array<{ id: string; count: number }>;
  feedback: { up: number; down: number };
  slowest: Array<{ messageId: string; question: string; latencyMs: number }>;
}

export interface DownvotedAnswer {
  messageId: string;
  question: string;
  answer: string;
  cited: string[];
  refused: boolean;
  comment: string | null;
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
}

/** Conversations, messages, feedback and traces; SQLite on Node, D1 on Workers, memory in tests. */
export interface Store {
  /**
   * Stores a new conversation and returns it; when another request already created the one
   * for the same channel key (two quick replies in a Slack thread), returns that one instead.
   */
  createConversation(conversation: Conversation): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  findConversationByKey(channel: Channel, externalKey: string): Promise<Conversation | null>;
  listMessages(conversationId: string): Promise<StoredMessage[]>;
  /** Both turns of an exchange in one transaction: either both are stored or neither. */
  addMessages(messages: StoredMessage[]): Promise<void>;
  /** Stores or replaces the rating of a message; false when the message does not exist. */
  putFeedback(feedback: Feedback): Promise<boolean>;
  getFeedback(messageId: string): Promise<Feedback | null>;
  stats(): Promise<Stats>;
  listDownvoted(): Promise<DownvotedAnswer[]>;
  /** Deletes conversations (with their messages and feedback) created before `cutoff`; returns how many. */
  purgeBefore(cutoff: string): Promise<number>;
  close(): Promise<void>;
}
