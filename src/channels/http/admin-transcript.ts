import { AppError } from '../../core/errors.js';
import { redact } from '../../core/storage/redact.js';
import type { Channel, Doubt, FailureKind, HandoffStatus, Rating, Store } from '../../core/storage/store.js';

/** One turn of a conversation as an operator reviews it: the question, the answer with what it rested on, or a staff reply. */
export type TranscriptTurn =
  | { role: 'user'; id: string; text: string; at: string }
  | {
      role: 'assistant';
      id: string;
      text: string;
      at: string;
      cited: string[];
      refused: boolean;
      mode: string | null;
      notices: string[];
      doubts: Doubt[];
      /** The first sections retrieval ranked, with their scores: what the answer chose among. */
      retrieved: Array<{ id: string; score: number }>;
      feedback: { rating: Rating; comment: string | null; at: string } | null;
      /** Why the turn would be listed among the failures (refused, down-voted, doubtful). */
      flags: FailureKind[];
    }
  | { role: 'staff'; id: string; text: string; at: string; author: string; handoffId: string };

export interface Transcript {
  conversation: { id: string; channel: Channel; createdAt: string };
  turns: TranscriptTurn[];
  handoffs: Array<{
    id: string;
    status: HandoffStatus;
    staffUser: string | null;
    /** Redacted, as on the hand-off list: staff have it in Slack. */
    contact: string | null;
    note: string | null;
    createdAt: string;
    updatedAt: string;
  }>;
}

/** Retrieval hits shown per answer: enough to see how close the runner-ups came. */
const RETRIEVED_SHOWN = 5;

/**
 * Everything stored for one conversation, in order: its turns (redacted as stored), each answer's
 * citations, retrieval scores, low-confidence signals and rating, the staff replies in between, and
 * its hand-offs with their status. 404 for a conversation that does not exist or was purged.
 */
export async function readTranscript(store: Store, conversationId: string): Promise<Transcript> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) throw new AppError('not_found', `no conversation with id "${conversationId.slice(0, 40)}"`);
  const [messages, feedback, staff, handoffs] = await Promise.all([
    store.listMessages(conversation.id),
    store.listFeedback(conversation.id),
    store.listStaffMessages(conversation.id),
    store.listConversationHandoffs(conversation.id),
  ]);
  const ratings = new Map(feedback.map((f) => [f.messageId, f]));
  const turns: TranscriptTurn[] = messages.map((m) => {
    if (m.role === 'user') return { role: 'user', id: m.id, text: m.text, at: m.createdAt };
    const rating = ratings.get(m.id);
    return {
      role: 'assistant',
      id: m.id,
      text: m.text,
      at: m.createdAt,
      cited: m.citations,
      refused: m.refused,
      mode: m.mode,
      notices: m.notices,
      doubts: m.doubts,
      retrieved: (m.trace?.retrieved ?? []).slice(0, RETRIEVED_SHOWN),
      feedback: rating ? { rating: rating.rating, comment: rating.comment, at: rating.createdAt } : null,
      flags: [
        ...(m.refused ? ['refused' as const] : []),
        ...(rating?.rating === 'down' ? ['downvoted' as const] : []),
        ...(m.doubts.length > 0 ? ['doubtful' as const] : []),
      ],
    };
  });
  const replies: TranscriptTurn[] = staff.map((s) => ({
    role: 'staff',
    id: s.id,
    text: s.text,
    at: s.createdAt,
    author: s.author,
    handoffId: s.handoffId,
  }));
  return {
    conversation: { id: conversation.id, channel: conversation.channel, createdAt: conversation.createdAt },
    // Stable: a staff reply stamped with the same instant as an answer stays after it.
    turns: [...turns, ...replies].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    handoffs: handoffs.map((h) => ({
      id: h.id,
      status: h.status,
      staffUser: h.staffUser,
      contact: h.contact === null ? null : redact(h.contact),
      note: h.note,
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
    })),
  };
}
