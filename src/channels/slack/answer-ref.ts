import { ID_PATTERN } from '../../core/storage/ids.js';

/** What a feedback or share button carries: enough to find the answer in the store again. */
export interface AnswerRef {
  conversationId: string;
  messageId: string;
}

export function encodeAnswerRef(ref: AnswerRef): string {
  return JSON.stringify({ conversationId: ref.conversationId, messageId: ref.messageId });
}

/** Checked like the HTTP API's ids, so a malformed value is refused rather than looked up. */
export function decodeAnswerRef(value: string | undefined): AnswerRef | null {
  try {
    const { conversationId, messageId } = JSON.parse(value ?? '') as Partial<AnswerRef>;
    const valid = (id: unknown, prefix: string) => typeof id === 'string' && ID_PATTERN.test(id) && id.startsWith(prefix);
    return valid(conversationId, 'c_') && valid(messageId, 'm_') ? { conversationId: conversationId!, messageId: messageId! } : null;
  } catch {
    return null;
  }
}
