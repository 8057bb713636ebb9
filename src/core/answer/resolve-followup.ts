import { extractMarkers } from '../text/sentences.js';
import { contentWords } from '../text/tokenize.js';
import type { ChatTurn } from './types.js';

export interface ResolvedQuestion {
  /** The previous question, searched together with this one. */
  context: string | null;
  /** Sections the previous answer cited, carried when the question has no subject of its own. */
  carriedIds: string[];
}

const ANAPHORA = /\b(it|its|that|this|these|those|they|them|there|same|above|such|one)\b|^(and|also|what about|how about|but)\b/i;
/** Words that ask about a subject without naming one ("who handles that", "is it still valid"). */
const SUBJECTLESS = new Set(
  'handle handles handled handling responsible department departments bureau office contact ask valid validity still apply applies expire expires measure measures support supported policy one more detail details say says said mean means question answer'.split(' '),
);

/**
 * Offline follow-up resolution: a question that leans on the conversation ("who handles
 * that?", "and for elderly care?") is searched alone and together with the previous question, and
 * when it names no subject of its own it inherits the previous answer's citations.
 */
export function resolveFollowup(question: string, history: ChatTurn[]): ResolvedQuestion {
  const lastUser = [...history].reverse().find((t) => t.role === 'user');
  const lastAssistant = [...history].reverse().find((t) => t.role === 'assistant');
  const ownWords = contentWords(question);
  const leans = ANAPHORA.test(question.trim()) || ownWords.length <= 2;
  if (!lastUser || !leans) return { context: null, carriedIds: [] };
  const subjectless = ownWords.every((w) => SUBJECTLESS.has(w));
  return {
    context: lastUser.content,
    carriedIds: subjectless ? [...new Set(extractMarkers(lastAssistant?.content ?? ''))] : [],
  };
}
