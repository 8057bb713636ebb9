import type { Language } from '../../core/corpus/section.js';
import { redact } from '../../core/storage/redact.js';
import type { HandoffSummary, StaffMessage, Store, StoredMessage } from '../../core/storage/store.js';
import { detectLanguage } from '../../core/text/detect-language.js';

/** A hand-off as the admin page lists it: the question it was handed over after, and its staff replies. */
export type HandoffRow = Omit<HandoffSummary, 'contact'> & {
  /** Redacted for the page: staff have it in Slack; the admin list needs only to show one was given. */
  contact: string | null;
  question: string;
  language: Language;
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
  answer: string;
  cited: string[];
  staff: StaffMessage[];
};

/**
 * A staff answer as an eval case for a reviewer: the question, what the assistant answered, what
 * staff answered. `expected` is absent: a person adds it (and `refuse`), never the system.
 */
export interface HandoffEvalDraft {
  id: string;
  question: string;
  kind: 'followup' | 'paraphrase';
  language: Language;
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  cited: string[];
  answer: string;
  staff: string[];
  note: string;
}

/** The newest hand-offs, each with the conversation up to the hand-off and the staff replies it got. */
export async function listHandoffRows(store: Store, limit: number): Promise<HandoffRow[]> {
  const handoffs = await store.listHandoffs(limit);
  return Promise.all(
    handoffs.map(async (handoff) => {
      const [messages, staff] = await Promise.all([
        store.listMessages(handoff.conversationId),
        store.listStaffMessages(handoff.conversationId),
      ]);
      const before = messages.filter((m) => m.createdAt <= handoff.createdAt);
      const lastQuestion = before.findLastIndex((m) => m.role === 'user');
      const question = before[lastQuestion]?.text ?? '';
      const answer = before.slice(lastQuestion + 1).find((m) => m.role === 'assistant');
      return {
        ...handoff,
        contact: handoff.contact === null ? null : redact(handoff.contact),
        question,
        language: detectLanguage(question),
        history: toHistory(before.slice(0, Math.max(lastQuestion, 0))),
        answer: answer?.text ?? '',
        cited: answer?.citations ?? [],
        staff: staff.filter((m) => m.handoffId === handoff.id),
      };
    }),
  );
}

/** Hand-offs that staff answered, as eval drafts: one JSONL line each. */
export function toHandoffEvalDrafts(rows: HandoffRow[]): HandoffEvalDraft[] {
  return rows
    .filter((row) => row.staff.length > 0 && row.question.trim() !== '')
    .map((row) => ({
      id: `handoff_${row.id}`,
      question: row.question,
      kind: row.history.length > 0 ? 'followup' : 'paraphrase',
      language: row.language,
      ...(row.history.length > 0 ? { history: row.history } : {}),
      cited: row.cited,
      answer: row.answer,
      staff: row.staff.map((m) => m.text),
      note: `handed to staff at ${row.createdAt}, ${row.status} (${row.id}): add "expected" from the staff answer`,
    }));
}

function toHistory(messages: StoredMessage[]) {
  return messages.map((m) => ({ role: m.role, content: m.text }));
}
