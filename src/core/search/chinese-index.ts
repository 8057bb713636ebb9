import MiniSearch from 'minisearch';
import { readSection, type Section } from '../corpus/section.js';
import { tokenizeChinese } from '../text/tokenize-chinese.js';

export interface ChineseHit {
  id: string;
  score: number;
}

interface Doc {
  id: string;
  title: string;
  path: string;
  text: string;
  departments: string;
}

/**
 * BM25 over the sections' Chinese text (title, headings, text, departments), tokenized into
 * character bigrams and segmenter words. Sections without a Chinese text are not indexed.
 * Built at load: the Chinese text of a few hundred sections indexes in milliseconds.
 */
export function createChineseIndex(sections: Section[]): (query: string, k: number) => ChineseHit[] {
  const search = new MiniSearch<Doc>({
    fields: ['title', 'path', 'text', 'departments'],
    tokenize: tokenizeChinese,
    searchOptions: { boost: { title: 2, path: 0.5, departments: 1.5 }, combineWith: 'OR' },
  });
  search.addAll(
    sections
      .filter((s) => s.translations.zh)
      .map((s) => {
        const zh = readSection(s, 'zh');
        return { id: s.id, title: zh.title, path: zh.path.join(' '), text: zh.text, departments: zh.departments.join(' ') };
      }),
  );
  return (query, k) =>
    search
      .search(query)
      .slice(0, k)
      .map((r) => ({ id: String(r.id), score: r.score }));
}
