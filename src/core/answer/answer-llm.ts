import type { Corpus } from '../corpus/corpus.js';
import { formatSectionPath, labelSection, readSection, type Language } from '../corpus/section.js';
import type { ChatMessage } from '../llm/chat-model.js';
import { fillPrompt } from '../llm/prompts.js';
import { redact } from '../storage/redact.js';
import { parseTurn } from '../understand/parse-turn.js';
import { answerTurn, describeNotices, type Question } from './answer-offline.js';
import { buildCitations } from './build-citations.js';
import { formatDate } from './notices.js';
import { pickSentences } from './section-sentences.js';
import { HISTORY_TURNS, type AnswerDraft, type ChatTurn } from './types.js';
import { createVerifiedStream } from './verified-stream.js';
import { dropUnretrievedMarkers } from './verify-citations.js';
import { checkClaim } from './verify-claims.js';
import { chooseContextIds, type ContextDeps } from './verify-context.js';
import { createEchoCheck } from './verify-prompt-echo.js';

export interface LlmContext extends ContextDeps {
  /** Whole budget for one answer (rewrite and generation, retries included). */
  timeoutMs: number;
}

const HISTORY_CHARS = 6000;

/**
 * LLM mode: the offline pipeline decides whether and from what to answer (the same refusals,
 * the same retrieval, on what the user typed), the model writes the text, and every sentence
 * is checked against the sections it cites before it is sent or kept. When no cited claim
 * passes, or the model fails first, the offline answer is returned with a fallback notice.
 */
export async function answerWithLlm(
  context: LlmContext,
  question: Question,
  options: { onDelta?: (text: string) => void; signal?: AbortSignal } = {},
): Promise<AnswerDraft> {
  const history = boundHistory(question.history ?? []);
  const turn = parseTurn(question.message, history, context.corpus);
  // Rule-based refusals judge what the user typed, before any model sees or rewrites it.
  if (turn.messageClass !== 'policy') return answerTurn(context, turn);
  const timeout = AbortSignal.timeout(context.timeoutMs);
  // A client that goes away cancels the model call: nobody pays for an answer no one reads.
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const offline = await answerTurn(context, turn, { signal });
  if (offline.refused) return offline;
  const contextIds = await chooseContextIds(context, question, history, offline, signal);
  if (contextIds.length === 0) return offline;
  const { language } = turn;
  const redacted = redact(question.message);
  const allowed = new Set(contextIds);
  const isEcho = echoCheckFor(context);
  const stream = createVerifiedStream(
    (unit) => {
      const text = dropUnretrievedMarkers(unit, allowed);
      return { text, verdict: checkClaim(text, context.corpus, isEcho) };
    },
    options.onDelta,
    (reason) => context.logger.warn({ reason, question: redacted }, 'model sentence rejected'),
  );
  let raw = '';
  let text: string | null;
  try {
    raw = await context.model.complete(buildMessages(context, question.message, history, contextIds, language), {
      onDelta: (piece) => stream.push(piece),
      signal,
    });
    text = stream.finish(true);
  } catch (error) {
    // Sentences already sent stand (they passed); an unfinished one is dropped.
    text = stream.finish(false);
    if (text === null) return fallback(offline, describeFailure(error, options.signal), context, redacted);
  }
  if (raw.trim() === 'REFUSE') return fallback(offline, 'the model declined a question the retriever found relevant', context, redacted);
  if (text === null) return fallback(offline, 'no sentence of the model passed verification', context, redacted);
  const hits = offline.retrieval.hits.filter((h) => allowed.has(h.id));
  const { sectionById } = context.corpus;
  const quotes = new Map(contextIds.map((id) => [id, pickSentences(readSection(sectionById.get(id)!, language), text, 1)[0]!]));
  const citations = buildCitations(text, hits, context.corpus, language, quotes);
  return { ...offline, answer: text, citations, notices: describeNotices(context, citations, language), mode: 'llm', language };
}

function describeFailure(error: unknown, client: AbortSignal | undefined): string {
  return client?.aborted ? 'the client went away' : (error as Error).message;
}

function fallback(offline: AnswerDraft, reason: string, context: LlmContext, question: string): AnswerDraft {
  context.logger.warn({ reason, question }, 'LLM answer rejected; showing the offline answer');
  const notice = {
    kind: 'fallback' as const,
    text: 'The language model was unavailable or unverifiable, so the built-in answer is shown.',
  };
  return { ...offline, notices: [...offline.notices, notice] };
}

const ECHO_CHECKS = new WeakMap<LlmContext['prompts'], (sentence: string) => boolean>();

function echoCheckFor(context: LlmContext): (sentence: string) => boolean {
  const cached = ECHO_CHECKS.get(context.prompts);
  if (cached) return cached;
  const check = createEchoCheck(context.prompts);
  ECHO_CHECKS.set(context.prompts, check);
  return check;
}

/** The SECTIONS block: each section's English source, and for a Chinese question its Chinese text too. */
function buildMessages(context: LlmContext, message: string, history: ChatTurn[], ids: string[], language: Language): ChatMessage[] {
  const system = fillPrompt(context.prompts.system, { documents: describeDocuments(context.corpus) });
  const sections = ids
    .map((id) => context.corpus.sectionById.get(id)!)
    .map((s) => {
      const departments = s.departments.length > 0 ? `\nResponsible: ${s.departments.join('; ')}` : '';
      const zh = language === 'zh' ? s.translations.zh : undefined;
      const chinese = zh
        ? `\n中文（译文）：${labelSection(s, 'zh')}：${zh.title}\n${zh.text}${zh.departments.length > 0 ? `\n负责部门：${zh.departments.join('、')}` : ''}`
        : '';
      return `[${s.id}] ${labelSection(s)}: ${s.title}\nSection: ${formatSectionPath(s) || '-'}\n${s.text}${departments}${chinese}`;
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
