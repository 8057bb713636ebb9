import type { Language, SectionText } from '../corpus/section.js';
import { bodySentences } from '../answer/section-sentences.js';
import { contentStems } from '../text/tokenize.js';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The sentence of a section that best shows why it serves the company: the one sharing the most
 * words with what the company does (`topic`) and, weighing double, with the need (`need`).
 * English words are compared by stem, Chinese by character pairs, which match however a phrase
 * is segmented. With no overlap, the section's first body sentence; always verbatim.
 */
export function pickReason(section: SectionText, language: Language, topic: string, need: string): string {
  const sentences = bodySentences(section);
  const topicTerms = termsOf(topic, language);
  const needTerms = termsOf(need, language);
  let best = sentences[0] ?? section.text;
  let bestScore = 0;
  for (const sentence of sentences) {
    const terms = termsOf(sentence, language);
    const score = overlap(terms, topicTerms) + 2 * overlap(terms, needTerms);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

function termsOf(text: string, language: Language): Set<string> {
  const terms = new Set(contentStems(text));
  if (language === 'zh') {
    for (const run of text.match(HAN_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) terms.add(run.slice(i, i + 2));
  }
  return terms;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const term of a) if (b.has(term)) n += 1;
  return n;
}
