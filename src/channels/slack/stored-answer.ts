import { validityNotices } from '../../core/answer/notices.js';
import { resolveToday } from '../../core/config.js';
import type { AnswerRef } from './answer-ref.js';
import type { RenderableAnswer } from './render-blocks.js';
import type { SlackDeps } from './slack-deps.js';

/**
 * An answer rebuilt from the store, with the question before it. Sharing works from here
 * rather than from the ephemeral message, which Slack does not send back with a click.
 */
export async function loadStoredAnswer(deps: SlackDeps, ref: AnswerRef): Promise<{ question: string; answer: RenderableAnswer } | null> {
  const messages = await deps.store.listMessages(ref.conversationId);
  const index = messages.findIndex((m) => m.id === ref.messageId && m.role === 'assistant');
  const reply = messages[index];
  if (!reply) return null;
  const asked = messages[index - 1];
  const sections = new Map(deps.policy.sections.map((s) => [s.id, s]));
  const citations = reply.citations.flatMap((id) => {
    const section = sections.get(id);
    return section ? [{ id, title: section.title, departments: section.departments }] : [];
  });
  return {
    question: asked?.role === 'user' ? asked.text : '',
    answer: {
      answer: reply.text,
      citations,
      refused: reply.refused,
      notices: reply.notices.includes('validity') ? validityNotices(deps.policy.metadata, resolveToday(deps.config)) : [],
      conversationId: ref.conversationId,
      messageId: ref.messageId,
    },
  };
}
