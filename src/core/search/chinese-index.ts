import MiniSearch from 'minisearch';
import { readSection, type Section } from '../corpus/section.js';
import { createWordTest, tokenizeChinese } from '../text/tokenize-chinese.js';
import { BM25, compileTermScores } from './term-scores.js';

export interface ChineseHit {
  id: string;
  score: number;
  /**
   * Share of the question's distinctive terms (those most sections do not contain, so 措施 and
   * 企业 do not count) that the section contains: how much of the question it speaks to.
   */
  coverage: number;
}

/** A term in more than this share of the sections says nothing about which section a question means. */
const COMMON_SHARE = 0.25;
const BOOST = { title: 2, path: 0.5, departments: 1.5 };

interface Doc {
  id: string;
  title: string;
  path: string;
  text: string;
  departments: string;
}

/**
 * BM25 over the sections' Chinese text (title, headings, text, departments), tokenized into
 * character bigrams and segmenter words. The caller passes the sections that have a Chinese text
 * (translated, or written in Chinese, whose source fields are Chinese).
 * Built at load: the Chinese text of a few hundred sections indexes in milliseconds.
 */
export function createChineseIndex(sections: Section[]): (query: string, k: number) => ChineseHit[] {
  const search = new MiniSearch<Doc>({
    fields: ['title', 'path', 'text', 'departments'],
    tokenize: tokenizeChinese,
    searchOptions: { boost: BOOST, bm25: BM25, combineWith: 'OR' },
  });
  const docs = sections.map((s) => {
    const zh = readSection(s, 'zh');
    return { id: s.id, title: zh.title, path: zh.path.join(' '), text: zh.text, departments: zh.departments.join(' ') };
  });
  search.addAll(docs);
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const term of new Set(tokenizeChinese(`${doc.title} ${doc.path} ${doc.text} ${doc.departments}`))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const common = Math.max(2, docs.length * COMMON_SHARE);
  const distinctive = (term: string) => (documentFrequency.get(term) ?? 0) <= common;
  // Exact terms only, so the precomputed table gives MiniSearch's own scores.
  const scoreTerms = compileTermScores(search, BOOST);

  return (query, k) => {
    const words = tokenizeChinese(query);
    // A term no section holds counts against coverage only when it is a word of the question
    // (农业 in an agriculture question), not a bigram across two of its words.
    const isWord = createWordTest(query);
    const terms = new Set(words.filter((term) => distinctive(term) && (documentFrequency.has(term) || isWord(term))));
    // MiniSearch's default processTerm.
    return scoreTerms(words.map((word) => word.toLowerCase()).filter(Boolean), k)
      .slice(0, k)
      .map((r) => {
        const matched = r.queryTerms.filter((t) => terms.has(t)).length;
        return { id: String(r.id), score: r.score, coverage: terms.size > 0 ? matched / terms.size : 0 };
      });
  };
}
