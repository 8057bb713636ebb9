import type { AnswerMode } from '../answer/types.js';

/** Where a conversation came from; checked by the store, not the schema, so adding one needs no migration. */
export const CHANNELS = ['web', 'slack', 'api', 'cli'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Rating = 'up' | 'down';

export interface RetrievalTrace {
  strategy: string;
  retrieved: Array<{ id: string; score: number }>;
}

/**
 * Why an answer nobody complained about may still be wrong: an uncited section ranked nearly as
 * high as the first cited one, or the first cited is the preamble or an overall requirement.
 */
export const DOUBTS = ['close_runner_up', 'general_section'] as const;
export type Doubt = (typeof DOUBTS)[number];

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
  /** An assistant answer's low-confidence signals (chat/assess-doubts.ts); [] otherwise. */
  doubts: Doubt[];
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

/** Refused, down-voted, or answered with a low-confidence signal (`doubts`). */
export const FAILURE_KINDS = ['refused', 'downvoted', 'doubtful'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** An answer that refused, was down-voted or is doubtful, with the question and conversation before it, as stored (redacted). */
export interface FailedAnswer {
  messageId: string;
  conversationId: string;
  channel: Channel;
  createdAt: string;
  /** Why it is listed: it refused, it was down-voted, it is doubtful, or several. */
  kinds: FailureKind[];
  doubts: Doubt[];
  question: string;
  answer: string;
  cited: string[];
  rating: Rating | null;
  comment: string | null;
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
}

/** Where a hand-off stands: waiting for staff, taken by a staff member, or resolved. Checked in code. */
export const HANDOFF_STATUSES = ['open', 'taken', 'resolved'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

/** A conversation handed to bureau staff (POST /api/handoff), and where it was posted for them. */
export interface Handoff {
  id: string;
  conversationId: string;
  status: HandoffStatus;
  /** As the person gave it (phone, e-mail, WeChat id), for staff to reach them; never logged. */
  contact: string | null;
  /** Redacted before it is stored, like every message. */
  note: string | null;
  /** The Slack message staff see, so replies in its thread find the hand-off again. */
  slackChannel: string | null;
  slackTs: string | null;
  /** The Slack user who took or resolved it. */
  staffUser: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A staff member's reply in a hand-off's thread, shown in the conversation with `role: "staff"`. */
export interface StaffMessage {
  id: string;
  handoffId: string;
  conversationId: string;
  /** The Slack display name when the event carried it, else the user id. */
  author: string;
  /** Redacted before it is stored. */
  text: string;
  /** The reply's Slack ts: the same reply delivered twice is stored once. */
  slackTs: string;
  createdAt: string;
}

/** A hand-off for the admin list, with how many staff replies it has had. */
export type HandoffSummary = Handoff & { staffReplies: number };

/** Conversations, messages, feedback and traces; SQLite or PostgreSQL on Node, D1 on Workers, memory in tests. */
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
  /** A new conversation without a channel key and its first messages, in one transaction. */
  startConversation(conversation: Conversation, messages: StoredMessage[]): Promise<void>;
  /** Stores or replaces the rating of a message; false when the message does not exist. */
  putFeedback(feedback: Feedback): Promise<boolean>;
  getFeedback(messageId: string): Promise<Feedback | null>;
  /** A conversation's ratings, oldest first. */
  listFeedback(conversationId: string): Promise<Feedback[]>;
  stats(): Promise<Stats>;
  /** The most recent refused, down-voted or doubtful answers, newest first, optionally of one kind or channel. */
  listFailures(filter: { kind?: FailureKind; channel?: Channel; limit: number }): Promise<FailedAnswer[]>;
  /**
   * Claims a delivery (a Slack event id, a slash command's trigger id) for answering: true when it
   * was never claimed, or was claimed before `staleBefore` and never finished (the process that
   * took it died); false when it was answered or is being answered. Two simultaneous claims of
   * one key: exactly one wins. Claims older than a day are forgotten.
   */
  claimDelivery(key: string, at: string, staleBefore: string): Promise<boolean>;
  /** Marks a claimed delivery as answered, so no redelivery is answered again. */
  finishDelivery(key: string, at: string): Promise<void>;
  createHandoff(handoff: Handoff): Promise<void>;
  getHandoff(id: string): Promise<Handoff | null>;
  /** The conversation's newest hand-off that is not resolved, so a second request does not post it twice. */
  findActiveHandoff(conversationId: string): Promise<Handoff | null>;
  /** The hand-off whose Slack message starts the thread `ts` in `channel`. */
  findHandoffByThread(channel: string, ts: string): Promise<Handoff | null>;
  /**
   * Moves a hand-off to `status` if it is now in one of `from` (a repeated or replayed click
   * changes nothing); returns the updated hand-off, or null when it was not in `from`.
   */
  updateHandoffStatus(
    id: string,
    change: { from: HandoffStatus[]; to: HandoffStatus; staffUser: string; at: string },
  ): Promise<Handoff | null>;
  /** The newest hand-offs first. */
  listHandoffs(limit: number): Promise<HandoffSummary[]>;
  /** A conversation's hand-offs, oldest first. */
  listConversationHandoffs(conversationId: string): Promise<Handoff[]>;
  /** Stores a staff reply; false when that reply (same hand-off and Slack ts) is already stored. */
  addStaffMessage(message: StaffMessage): Promise<boolean>;
  /** A conversation's staff replies, oldest first. */
  listStaffMessages(conversationId: string): Promise<StaffMessage[]>;
  /**
   * Deletes conversations (with their messages, feedback, hand-offs and staff replies) created
   * before `cutoff`; returns how many.
   */
  purgeBefore(cutoff: string): Promise<number>;
  close(): Promise<void>;
}
