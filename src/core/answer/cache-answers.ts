import type { Answerer } from './create-answerer.js';
import type { AnswerDraft } from './types.js';

/**
 * Offline answers to questions asked without history, kept for the day. Such an answer depends
 * on nothing but the question and the date (the corpus does not change while the process runs),
 * so a question asked again (a widget's example question, a colleague's /policy) is answered
 * without retrieval. Entries leave least recently used first, and all of them when the date
 * changes. Answers are frozen, since every caller now shares them.
 */
export function cacheAnswers(answer: Answerer, options: { size: number; today: () => string }): Answerer {
  const entries = new Map<string, Promise<AnswerDraft>>();
  let day = '';
  return (question, answerOptions) => {
    if ((question.history?.length ?? 0) > 0) return answer(question, answerOptions);
    const today = options.today();
    if (today !== day) {
      entries.clear();
      day = today;
    }
    const key = question.message;
    const cached = entries.get(key);
    if (cached) {
      // Re-inserted, so the map's order is least recently used first.
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const pending = answer(question, answerOptions).then(freeze);
    entries.set(key, pending);
    // A failed answer is not kept: the next asker tries again.
    pending.catch(() => entries.get(key) === pending && entries.delete(key));
    if (entries.size > options.size) entries.delete(entries.keys().next().value!);
    return pending;
  };
}

function freeze(draft: AnswerDraft): AnswerDraft {
  for (const citation of draft.citations) Object.freeze(citation);
  for (const notice of draft.notices) Object.freeze(notice);
  Object.freeze(draft.citations);
  Object.freeze(draft.notices);
  return Object.freeze(draft);
}
