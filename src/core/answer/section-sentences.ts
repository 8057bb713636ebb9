import type { SectionText } from '../corpus/section.js';
import { splitSentences } from '../text/sentences.js';
import { countHan, tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentStems } from '../text/tokenize.js';

/** The body sentences of a section, without the title sentence it opens with. */
export function bodySentences(section: Pick<SectionText, 'title' | 'text'>): string[] {
  const sentences = splitSentences(section.text);
  const [first, ...rest] = sentences;
  const opensWithTitle = first !== undefined && first.replace(/[.。]$/, '') === section.title;
  return opensWithTitle && rest.length > 0 ? rest : sentences;
}

/**
 * The sentences of a section that best match the question by shared word stems, in
 * document order; with no overlap at all, the section's opening sentence.
 */
export function pickSentences(section: Pick<SectionText, 'title' | 'text'>, question: string, max: number): string[] {
  const sentences = bodySentences(section);
  // Chinese text is compared by its bigrams and words, English by word stems.
  const terms = countHan(section.text) > 0 ? tokenizeChinese : contentStems;
  const wanted = new Set(terms(question));
  const scored = sentences.map((sentence, i) => ({
    i,
    sentence,
    overlap: new Set(terms(sentence).filter((s) => wanted.has(s))).size,
  }));
  const best = scored
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.sentence);
  return best.length > 0 ? best : sentences.slice(0, max);
}

/** "We will boost ..." reads as the district speaking; say so for people reading an answer. */
export function voiceOfDistrict(sentence: string): string {
  return sentence.replace(/^We will\b/, 'The district will').replace(/^We\b/, 'The district');
}
