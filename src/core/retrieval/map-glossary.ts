import type { GlossaryEntry } from '../corpus/corpus.js';

export interface GlossaryMatch {
  /** The English words of the terms found, for the English rankers. */
  english: string;
  /** The Chinese terms found, longest first where they overlap. */
  terms: string[];
}

/**
 * Maps a Chinese question onto the English text's words through the glossary: scanning left to
 * right, the longest term starting at each position wins (知识产权质押 before 知识产权 before 知识),
 * so broad words never drown the specific term they are part of.
 */
export function createGlossaryMapper(glossary: GlossaryEntry[]): (question: string) => GlossaryMatch {
  const byFirst = new Map<string, GlossaryEntry[]>();
  for (const entry of glossary) {
    const key = entry.zh.toLowerCase();
    const list = byFirst.get(key[0]!) ?? [];
    list.push({ zh: key, en: entry.en });
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
