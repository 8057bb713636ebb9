import type { Language } from '../corpus/section.js';
import type { RetrievalHit, Retriever } from '../retrieval/types.js';
import { sharesRareWords } from './compound-question.js';
import { RELEVANCE } from './select-sections.js';

/** How far down a description's own ranking the section it names may be. */
const DESCRIBED_RANK = 5;

/**
 * The sections a question names by description ("the ESG one and the digital one"), each the
 * section its description ranks first, or one the conversation cited that ranks nearly as well
 * ("the elderly one" is the elderly-care measure given, not the pension-finance one); it must share
 * rare words with the description, or, when no section does, any word with a measure given. Null
 * unless every description finds one, so a description that names nothing ("the right one") leaves
 * the question as it was.
 */
export async function findDescribed(
  described: { phrases: string[]; among: string[] },
  language: Language,
  retrieve: Retriever,
  signal?: AbortSignal,
): Promise<string[] | null> {
  const ids: string[] = [];
  for (const phrase of described.phrases) {
    const { hits } = await retrieve(phrase, { language, signal, limit: DESCRIBED_RANK });
    const named = hits.filter((h) => sharesRareWords(h, language) && h.score >= hits[0]!.score * RELEVANCE.uncertainScore);
    const given = hits.filter((h) => described.among.includes(h.id));
    const found =
      named.find((h) => described.among.includes(h.id)) ??
      // "The financing one" after an elderly-care finance answer: a measure given holding the words as well as any.
      given.find((h) => holdsAsMuch(h, hits)) ??
      (named[0] === hits[0] ? named[0] : undefined) ??
      // A word too common to name one measure alone ("the financing one") names the one given that holds it.
      (named.length === 0 ? given.find(sharesWords) : undefined);
    if (!found) return null;
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}

/** Whether a section holds any of the description's words (its English, or its own Chinese terms). */
function sharesWords(hit: RetrievalHit): boolean {
  return hit.lexical > 0 || hit.coverage > 0;
}

/** Whether a section matches the description's words nearly as well as the best of them. */
function holdsAsMuch(hit: RetrievalHit, hits: readonly RetrievalHit[]): boolean {
  const best = (score: (h: RetrievalHit) => number) => Math.max(...hits.map(score));
  const lexical = best((h) => h.lexical);
  const coverage = best((h) => h.coverage);
  return (lexical > 0 && hit.lexical >= lexical * RELEVANCE.uncertainScore) || (coverage > 0 && hit.coverage >= coverage);
}
