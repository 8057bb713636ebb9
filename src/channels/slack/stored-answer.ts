import { translationNotices, validityNotices } from '../../core/answer/notices.js';
import { documentOf } from '../../core/corpus/corpus.js';
import { readSection } from '../../core/corpus/section.js';
import { detectLanguage } from '../../core/text/detect-language.js';
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
  const sections = deps.corpus.sectionById;
  const question = asked?.role === 'user' ? asked.text : '';
  // The answer was written in the question's language; its citations are shown in it again.
  const language = detectLanguage(question);
  const citations = reply.citations.flatMap((id) => {
    const section = sections.get(id);
    if (!section) return [];
    const { title, departments } = readSection(section, language);
    return [{ id, title, departments }];
  });
  const cited = [...new Set(reply.citations.flatMap((id) => (sections.has(id) ? [documentOf(deps.corpus, sections.get(id)!)] : [])))];
  return {
    question,
    answer: {
      answer: reply.text,
      citations,
      refused: reply.refused,
      notices: [
        ...(reply.notices.includes('validity')
          ? validityNotices(cited, resolveToday(deps.config), language, deps.corpus.documents.length > 1)
          : []),
        // What the quoted text is (our translation, a Chinese-only original) travels with a shared answer too.
        ...translationNotices(cited, language).filter((n) => reply.notices.includes(n.kind)),
      ],
      conversationId: ref.conversationId,
      messageId: ref.messageId,
      language,
    },
  };
}
