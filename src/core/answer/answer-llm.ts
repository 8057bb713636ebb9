import type { ChatMessage, ChatModel } from '../llm/chat-model.js';
import { fillPrompt, type Prompts } from '../llm/prompts.js';
import type { Logger } from '../logger.js';
import { answerOffline, describeNotices, type AnswerContext, type Question } from './answer-offline.js';
import { classifyMessage } from './classify-message.js';
import { buildCitations } from './build-citations.js';
import { formatDate } from './notices.js';
import { readSection } from '../corpus/section.js';
import type { Corpus } from '../corpus/corpus.js';
import { pickSentences } from './section-sentences.js';
import { HISTORY_TURNS, type AnswerDraft, type ChatTurn } from './types.js';
import { createVerifiedStream } from './verified-stream.js';
import { verifyCitations } from './verify-citations.js';
import { detectLanguage } from '../text/detect-language.js';
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
  if (classifyMessage(question.message, context.corpus) !== 'policy') return answerOffline(context, question);
  const deadline = AbortSignal.timeout(context.timeoutMs);
  const history = boundHistory(question.history ?? []);
  // A follow-up is searched as a standalone question; Chinese and English are both retrieved directly.
  const standalone = history.length > 0 ? await rewriteQuestion(context, question.message, history, deadline) : null;
  const offline = await answerOffline(context, standalone ? { message: standalone } : question, { signal: deadline });
  if (offline.refused) return offline;
  const language = detectLanguage(question.message);

  const { sectionById } = context.corpus;
  const cited = offline.citations.map((c) => c.id);
  const contextIds = [...new Set([...cited, ...offline.retrieval.hits.map((h) => h.id)])].slice(
    0,
    Math.max(CONTEXT_SECTIONS, cited.length),
  );
  const stream = createVerifiedStream(new Set(contextIds), options.onDelta);
  try {
    const raw = await context.model.complete(buildMessages(context, question.message, history, contextIds), {
      onDelta: stream.push,
      signal: deadline,
    });
    if (raw.trim() === 'REFUSE') return fallback(offline, 'the model declined a question the retriever found relevant', context.logger);
    const verified = verifyCitations(raw, new Set(contextIds));
    if (verified.failure) return fallback(offline, `${verified.failure}: ${verified.detail ?? ''}`, context.logger);
    stream.finish();
    const hits = offline.retrieval.hits.filter((h) => contextIds.includes(h.id));
    const quotes = new Map(contextIds.map((id) => [id, pickSentences(readSection(sectionById.get(id)!, language), verified.text, 1)[0]!]));
    const citations = buildCitations(verified.text, hits, context.corpus, language, quotes);
    return {
      ...offline,
      answer: verified.text.trim(),
      citations,
      notices: describeNotices(context, citations, language),
      mode: 'llm',
      language,
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
): ChatMessage[] {
  const system = fillPrompt(context.prompts.system, { documents: describeDocuments(context.corpus) });
  const sections = ids
    .map((id) => context.corpus.sectionById.get(id)!)
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

/** "Title (number), issued 9 December 2024, valid until 31 December 2025", one line per document. */
function describeDocuments(corpus: Corpus): string {
  return corpus.documents
    .map(({ metadata: m }) => {
      const until = m.validUntil ? `valid until ${formatDate(m.validUntil)}` : 'no end date';
      return `- ${m.title} (${m.documentNumber}), issued ${formatDate(m.issued)}, ${until}`;
    })
    .join('\n');
}
