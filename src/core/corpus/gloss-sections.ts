import { createGlossaryMapper } from '../retrieval/map-glossary.js';
import { splitSentences } from '../text/sentences.js';
import type { GlossaryEntry } from './corpus.js';
import type { PolicyDocument } from './document.js';

/** Chinese words and their English senses (models/zh-en-dictionary.json, read by the Node loader). */
export type ChineseDictionary = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;

/** Longest dictionary word tried at each position, in characters. */
const LONGEST_WORD = 4;

/**
 * A document written in Chinese has no English text for English questions to meet. The glossary
 * (Chinese terms -> the English wording people use) is run over each section's own title,
 * headings, text and departments, and the English it yields is searched with the section: an
 * English question about 算力 reaches a section that says 算力 through "computing power". The
 * whole text is also read with the general dictionary, when one is given (无人机 "drone"), so a
 * new document's vocabulary is not limited to the words someone listed, and a term the glossary
 * words for another document's English keeps its own sense too. A section already glossed (the Worker's prebuilt
 * documents) keeps its gloss. English documents are returned as they are.
 */
export function glossChineseDocument(document: PolicyDocument, glossary: GlossaryEntry[], dictionary?: ChineseDictionary): PolicyDocument {
  if (document.metadata.language !== 'zh' || (glossary.length === 0 && !dictionary)) return document;
  const mapGlossary = createGlossaryMapper(glossary, { documents: true });
  const read = (text: string) =>
    [mapGlossary(text).english, dictionary ? readWithDictionary(text, dictionary) : ''].filter(Boolean).join(' ');
  const sections = document.sections.map((section) => {
    if (section.gloss) return section;
    const gloss = read([section.title, ...section.path, section.text, ...section.departments].join('\n'));
    if (!gloss) return section;
    const sentenceGlosses = Object.fromEntries(splitSentences(section.text).map((sentence) => [sentence, read(sentence)]));
    return { ...section, gloss, sentenceGlosses };
  });
  return { ...document, sections };
}

/**
 * The English senses of the longest dictionary word starting at each position, left to right,
 * but for a word lying wholly inside the one read before it (人机 inside 无人机). Chinese has no
 * spaces, so a word may straddle another's end: 研究生命 holds 研究生 "graduate student" and 生命
 * "life"; both are read, as a reader could take either. A character no word holds is read alone
 * when the dictionary has it (锌 "zinc").
 */
export function readWithDictionary(text: string, dictionary: ChineseDictionary): string {
  const senses: string[] = [];
  let end = 0;
  for (let i = 0; i < text.length; i += 1) {
    let length = Math.min(LONGEST_WORD, text.length - i);
    while (length > 1 && !dictionary.has(text.slice(i, i + length))) length -= 1;
    // A single character is read only where no word holds it (the dictionary keeps those of one sense: 锌 "zinc").
    const sense = i + length > end ? dictionary.get(text.slice(i, i + length)) : undefined;
    if (!sense) continue;
    senses.push(sense);
    end = i + length;
  }
  return senses.join(' ');
}
