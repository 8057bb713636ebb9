import type { Section } from '../corpus/section.js';
import type { ChatMessage, ChatModel } from '../llm/chat-model.js';
import { fillPrompt, type Prompts } from '../llm/prompts.js';
import type { Logger } from '../logger.js';
import { answerOffline, type AnswerContext, type Question } from './answer-question.js';
import { classifyMessage } from './classify-message.js';
import { buildCitations } from './build-citations.js';
import { formatDate } from './notices.js';
import { pickSentences } from './section-sentences.js';
import { HISTORY_TURNS, type AnswerDraft, type ChatTurn } from './types.js';
import { createVerifiedStream } from './verified-stream.js';
import { verifyCitations } from './verify-citations.js';
import { labelSection, formatSectionPath } from '../corpus/section.js';

export interface LlmContext extends AnswerContext {
  model: ChatModel;
  prompts: Prompts;
  /** Whole budget for one answer (rewrite and generation, retries included). */
  timeoutMs: number;
  logger: Logger;
}

const CONTEXT_SECTIONS = 6;
const HISTORY_CHARS = 6000;

/**
 * LLM mode: the offline pipeline decides whether and from what to answer (the same
 * refusals, the same retrieval), the model writes the text, and the verifier decides
 * whether it may be shown. Any failure returns the offline answer with a fallback notice.
 */
export async function answerWithLlm(
  context: LlmContext,
  question: Question,
  options: { onDelta?: (text: string) => void } = {},
): Promise<AnswerDraft> {
  // Rule-based refusals judge what the user typed, before any model rewrites it.
  if (classifyMessage(question.message) !== 'policy') return answerOffline(context, question);
  const deadline = AbortSignal.timeout(context.timeoutMs);
  const history = boundHistory(question.history ?? []);
  // The policy and the offline retriever are English: a follow-up or a question in another
  // language is searched as a standalone English question, and answered in its own language.
  const needsRewrite = history.length > 0 || /[^\u0000-\u024f\u2000-\u206f]/.test(question.message);
  const standalone = needsRewrite ? await rewriteQuestion(context, question.message, history, deadline) : null;
  const offline = await answerOffline(context, standalone ? { message: standalone } : question, { signal: deadline });
  if (offline.refused) return offline;

  const sectionsById = new Map<string, Section>(context.policy.sections.map((s) => [s.id, s]));
  const cited = offline.citations.map((c) => c.id);
  const contextIds = [...new Set([...cited, ...offline.retrieval.hits.map((h) => h.id)])].slice(
    0,
    Math.max(CONTEXT_SECTIONS, cited.length),
  );
  const stream = createVerifiedStream(new Set(contextIds), options.onDelta);
  try {
    const raw = await context.model.complete(buildMessages(context, question.message, history, contextIds, sectionsById), {
      onDelta: stream.push,
      signal: deadline,
    });
    if (raw.trim() === 'REFUSE') return fallback(offline, 'the model declined a question the retriever found relevant', context.logger);
    const verified = verifyCitations(raw, new Set(contextIds));
    if (verified.failure) return fallback(offline, `${verified.failure}: ${verified.detail ?? ''}`, context.logger);
    stream.finish();
    const hits = offline.retrieval.hits.filter((h) => contextIds.includes(h.id));
    const quotes = new Map(contextIds.map((id) => [id, pickSentences(sectionsById.get(id)!, verified.text, 1)[0]!]));
    return {
      ...offline,
      answer: verified.text.trim(),
      citations: buildCitations(verified.text, hits, sectionsById, quotes),
      mode: 'llm',
    };
  } catch (error) {
    return fallback(offline, (error as Error).message, context.logger);
  }
}

function fallback(offline: AnswerDraft, reason: string, logger?: Logger): AnswerDraft {
  logger?.warn({ reason }, 'LLM answer rejected; showing the offline answer');
  const notice = { kind: 'fallback' as const, text: 'The language model was unavailable or unverifiable, so the built-in answer is shown.' };
  return { ...offline, notices: [...offline.notices, notice] };
}

async function rewriteQuestion(context: LlmContext, message: string, history: ChatTurn[], signal: AbortSignal) {
  try {
    const transcript = history.map((t) => `${t.role}: ${t.content}`).join('\n') || '(none)';
    const rewritten = await context.model.complete(
      [
        { role: 'system', content: context.prompts.rewrite.template },
        { role: 'user', content: `Conversation:\n<<<\n${transcript}\n>>>\nLast message:\n<<<\n${message}\n>>>` },
      ],
      { signal },
    );
    const line = rewritten.trim().split('\n')[0]!.trim();
    return line.length > 0 && line.length <= 2000 ? line : null;
  } catch (error) {
    context.logger.warn({ reason: (error as Error).message }, 'question rewrite failed; resolving offline');
    return null;
  }
}

function buildMessages(
  context: LlmContext,
  message: string,
  history: ChatTurn[],
  ids: string[],
  sectionsById: Map<string, Section>,
): ChatMessage[] {
  const { metadata } = context.policy;
  const system = fillPrompt(context.prompts.system, {
    policy_title: metadata.title,
    document_number: metadata.documentNumber,
    issue_date: formatDate(metadata.issueDate),
    valid_until: formatDate(metadata.validUntil),
  });
  const sections = ids
    .map((id) => sectionsById.get(id)!)
    .map((s) => {
      const departments = s.departments.length > 0 ? `\nResponsible: ${s.departments.join('; ')}` : '';
      return `[${s.id}] ${labelSection(s)}: ${s.title}\nSection: ${formatSectionPath(s) || '-'}\n${s.text}${departments}`;
    })
    .join('\n\n');
  return [
    { role: 'system', content: system },
    ...history.map((t) => ({ role: t.role, content: t.content })),
    { role: 'user', content: fillPrompt(context.prompts.answer, { sections, question: message }) },
  ];
}

/** The last turns that fit the character budget (about 1,500 tokens), oldest dropped first. */
function boundHistory(history: ChatTurn[]): ChatTurn[] {
  const recent = history.slice(-HISTORY_TURNS * 2);
  let total = 0;
  const kept: ChatTurn[] = [];
  for (const turn of [...recent].reverse()) {
    total += turn.content.length;
    if (total > HISTORY_CHARS) break;
    kept.unshift(turn);
  }
  return kept;
}
