import { remember } from './remember.js';
/**
 * Question words and particles that carry no topic, the words every question to a policy uses
 * for it (措施, 政策, 条款, 支持), and how askers frame a plan (打算, 想在) or their company (公司,
 * 我司); kept short on purpose (topic words never belong here).
 */
const STOPWORDS_ZH = new Set(
  '的 了 和 与 及 以及 或 等 是 在 有 吗 呢 吧 啊 呀 么 嘛 哦 我 我们 你 你们 您 他们 它 这 那 这个 那个 哪 哪些 哪个 什么 怎么 怎样 如何 是否 可以 能 能否 可否 请问 一下 一些 这些 那些 还 也 就 都 要 想 会 对 为 把 被 从 到 给 让 没有 有没有 多少 如果 因为 所以 但是 而且 并 其 之 中 上 下 个 里 方面 情况 问题 相关 有关 关于 请 帮 问 哪几 几条 几项 条款 措施 政策 文件 规定 内容 支持 扶持 想在 想要 打算 准备 希望 需要 公司 我司 条件 门槛 金额 额度 利率 利息 电话 截止 期限 流程 营收 多少钱 表格'.split(
    ' ',
  ),
);

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_WORD = /^\p{Script=Han}+$/u;
const LATIN_WORD = /[a-z0-9]+/g;

let segmenter: Intl.Segmenter | undefined;

/**
 * Search tokens for Chinese text: character bigrams, which match however question and text
 * segment a phrase (知识产权质押 / 质押贷款), plus the longer words Intl.Segmenter finds (Node and
 * workerd carry its dictionary; nothing is downloaded) for exact matches on terms like 专精特新.
 * Latin words (ESG, CVC, FDA) are kept lower-cased.
 */
export function tokenizeChinese(text: string): string[] {
  return segmented(text).tokens;
}

interface Segmented {
  tokens: string[];
  /** The word-like segments, for createWordTest. */
  words: string[];
}

/** A question is tokenized by several rankers in turn; a few recent ones are kept, never many. */
const segmented: (text: string) => Segmented = remember(64, (text) => segment(text));

function segment(text: string): Segmented {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const lower = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  const words: string[] = [];
  // Bigrams run across kept words but never across a stopword or punctuation: "有什么研发" gives 研发, not 么研.
  let run = '';
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
    run = '';
  };
  for (const { segment, isWordLike } of segmenter.segment(lower)) {
    if (isWordLike) words.push(segment);
    const han = isWordLike && HAN_WORD.test(segment);
    if (!han || STOPWORDS_ZH.has(segment)) {
      flush();
      continue;
    }
    run += segment;
    if (segment.length > 2) tokens.push(segment);
  }
  flush();
  tokens.push(...(lower.match(LATIN_WORD) ?? []));
  return { tokens, words };
}

/**
 * Whether a search token lies inside one word of the text as Intl.Segmenter cuts it, rather than
 * across two ("设区" from 设 + 区域): a bigram across words that no section holds says nothing.
 */
export function createWordTest(text: string): (token: string) => boolean {
  const { words } = segmented(text);
  return (token) => words.some((word) => word.includes(token));
}

/** The word-like segments of a text as Intl.Segmenter cuts it (Chinese words, Latin words, numbers). */
export function segmentWords(text: string): readonly string[] {
  return segmented(text).words;
}

export function isChineseStopword(word: string): boolean {
  return STOPWORDS_ZH.has(word);
}

/** Chinese characters in a text: how much of it a Chinese ranker can see. */
export function countHan(text: string): number {
  return text.match(HAN_RUN)?.join('').length ?? 0;
}
