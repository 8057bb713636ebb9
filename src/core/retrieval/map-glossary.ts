import type { Corpus, GlossaryEntry } from '../corpus/corpus.js';

export interface GlossaryMatch {
  /** The English words of the terms found, for the English rankers. */
  english: string;
  /** The Chinese terms found, longest first where they overlap. */
  terms: string[];
}

/**
 * Maps a Chinese question onto the English text's words through the glossary: scanning left to
 * right, the longest term starting at each position wins (知识产权质押 before 知识产权 before 知识),
 * so broad words never drown the specific term they are part of. Entries marked documentsOnly
 * are used only with `documents` (reading a Chinese document's text, see gloss-sections.ts).
 */
export function createGlossaryMapper(glossary: GlossaryEntry[], { documents = false } = {}): (question: string) => GlossaryMatch {
  const byFirst = new Map<string, GlossaryEntry[]>();
  for (const entry of glossary) {
    if (entry.documentsOnly && !documents) continue;
    const key = entry.zh.toLowerCase();
    const list = byFirst.get(key[0]!) ?? [];
    // A term listed twice (for questions, and for documents) reads as both.
    const same = list.find((e) => e.zh === key);
    if (same) same.en = `${same.en} ${entry.en}`;
    else list.push({ zh: key, en: entry.en });
    byFirst.set(key[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.zh.length - a.zh.length);

  return (question) => {
    const text = question.normalize('NFKC').toLowerCase();
    const terms: string[] = [];
    const english: string[] = [];
    for (let i = 0; i < text.length; ) {
      const entry = byFirst.get(text[i]!)?.find((e) => text.startsWith(e.zh, i));
      if (!entry) {
        i += 1;
        continue;
      }
      terms.push(entry.zh);
      english.push(entry.en);
      i += entry.zh.length;
    }
    return { english: english.join(' '), terms };
  };
}

const MAPPERS = new WeakMap<Corpus, (question: string) => GlossaryMatch>();

/** The question mapper of a corpus's glossary, built once per corpus (sorting the terms is the cost). */
export function glossaryMapperOf(corpus: Corpus): (question: string) => GlossaryMatch {
  let mapper = MAPPERS.get(corpus);
  if (!mapper) {
    mapper = createGlossaryMapper(corpus.glossary);
    MAPPERS.set(corpus, mapper);
  }
  return mapper;
}
