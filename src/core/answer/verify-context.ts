import type { ChatModel } from '../llm/chat-model.js';
import type { Prompts } from '../llm/prompts.js';
import type { Logger } from '../logger.js';
import { detectLanguage } from '../text/detect-language.js';
import { extractMarkers, stripMarkers } from '../text/sentences.js';
import { answerOffline, type AnswerContext, type Question } from './answer-offline.js';
import type { AnswerDraft, ChatTurn } from './types.js';
import { extractSectionRefs } from './verify-names.js';
import { claimTokens } from './verify-support.js';
import { langRule } from '../lang/lang-data.js';

export interface ContextDeps extends AnswerContext {
  model: ChatModel;
  prompts: Prompts;
  logger: Logger;
}

/** At most this many sections go to the model (more when the offline answer cites more). */
const CONTEXT_SECTIONS = 6;

/** Words that ask about a named section without adding a topic: "what does Measure 10 say", "第十条讲的是什么". */
const ASKING = langRule('claims', 'asking');

/**
 * The sections the model may see and cite, decided by the offline retrieval of what the user
 * typed: the model's rewrite of a follow-up may reorder and narrow them but never add one the
 * original message did not retrieve, and a section id typed into the message ("[M10][M50]") is a
 * hint, not a source: it stays only when the rest of the message retrieves it too, or when the
 * message does nothing but name it ("What does Measure 10 say?").
 */
export async function chooseContextIds(
  deps: ContextDeps,
  question: Question,
  history: ChatTurn[],
  original: AnswerDraft,
  signal: AbortSignal,
): Promise<string[]> {
  const retrieved = new Set(original.retrieval.hits.map((h) => h.id));
  let ranked = rankIds(original);
  if (history.length > 0) {
    const standalone = await rewriteQuestion(deps, question.message, history, signal);
    const rewritten = standalone ? await answerOffline(deps, { message: standalone }, { signal }) : null;
    const narrowed = rewritten && !rewritten.refused ? rankIds(rewritten).filter((id) => retrieved.has(id)) : [];
    if (narrowed.length > 0) ranked = narrowed;
  }
  const hintsOnly = await findHintOnlyIds(deps, question.message, history, signal);
  const ids = ranked.filter((id) => !hintsOnly.has(id));
  return ids.slice(0, Math.max(CONTEXT_SECTIONS, original.citations.length));
}

/** The offline answer's citations first, then the rest of its retrieval in rank order. */
function rankIds(draft: AnswerDraft): string[] {
  return [...new Set([...draft.citations.map((c) => c.id), ...draft.retrieval.hits.map((h) => h.id)])];
}

async function findHintOnlyIds(deps: ContextDeps, message: string, history: ChatTurn[], signal: AbortSignal): Promise<Set<string>> {
  const { refs, rest } = extractSectionRefs(stripMarkers(message));
  const typed = new Set([
    ...extractMarkers(message),
    ...deps.corpus.sections.filter((s) => refs.some((r) => r.kind === s.kind && r.number === s.number)).map((s) => s.id),
  ]);
  const topic = ASKING.replace(rest, ' ');
  if (typed.size === 0 || claimTokens(topic, detectLanguage(message)).length <= 1) return new Set();
  const backed = await answerOffline(deps, { message: rest, history }, { signal });
  const found = new Set(backed.refused ? [] : backed.retrieval.hits.map((h) => h.id));
  return new Set([...typed].filter((id) => !found.has(id)));
}

/** A follow-up as one standalone question, written by the model; null when it fails or says nothing usable. */
async function rewriteQuestion(deps: ContextDeps, message: string, history: ChatTurn[], signal: AbortSignal): Promise<string | null> {
  try {
    const transcript = history.map((t) => `${t.role}: ${t.content}`).join('\n') || '(none)';
    const rewritten = await deps.model.complete(
      [
        { role: 'system', content: deps.prompts.rewrite.template },
        { role: 'user', content: `Conversation:\n<<<\n${transcript}\n>>>\nLast message:\n<<<\n${message}\n>>>` },
      ],
      { signal },
    );
    const line = rewritten.trim().split('\n')[0]!.trim();
    return line.length > 0 && line.length <= 2000 ? line : null;
  } catch (error) {
    deps.logger.warn({ reason: (error as Error).message }, 'question rewrite failed; resolving offline');
    return null;
  }
}
