import type { Language } from '../corpus/section.js';
import type { Retriever } from '../retrieval/types.js';
import { sharesRareWords } from './compound-question.js';
import { RELEVANCE } from './select-sections.js';

/** How far down a description's own ranking the section it names may be. */
const DESCRIBED_RANK = 5;

/**
 * The sections a question names by description ("the ESG one and the digital one"), each the
 * section its description ranks first, or one the conversation cited that ranks nearly as well
 * ("the elderly one" is the elderly-care measure given, not the pension-finance one); it must share
 * rare words with the description. Null unless every description finds one, so a description that
 * names nothing ("the right one") leaves the question as it was.
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
    const found = named.find((h) => described.among.includes(h.id)) ?? (named[0] === hits[0] ? named[0] : undefined);
    if (!found) return null;
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return ids;
}
