import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { contentWords, stem } from '../text/tokenize.js';

export type TopicTest = (message: string, language: Language) => boolean;

const TESTS = new WeakMap<Corpus, TopicTest>();

/**
 * Whether a message names something the documents speak of: a Chinese glossary term, or an
 * English word whose stem is in a section's text or the glossary's English. A message that does
 * is about the policy, whatever its tone ("thanks, and green bonds?"); the turn-intent classifier
 * decides only messages that do not.
 */
export function topicWordsOf(corpus: Corpus): TopicTest {
  let test = TESTS.get(corpus);
  if (!test) {
    const texts = [...corpus.sections.flatMap((s) => [s.title, s.text]), ...corpus.glossary.map((g) => g.en)];
    const stems = new Set(contentWords(texts.join(' ')).map(stem));
    const mapGlossary = glossaryMapperOf(corpus);
    test = (message, language) =>
      (language === 'zh' && mapGlossary(message).terms.length > 0) || contentWords(message).some((word) => stems.has(stem(word)));
    TESTS.set(corpus, test);
  }
  return test;
}
