import { tokenizeChinese } from '../text/tokenize-chinese.js';
import { contentWords, stem } from '../text/tokenize.js';

/** A list line quotes the best sentence up to about this many characters (Chinese characters count double). */
const LINE_CHARS = 160;

/**
 * About LINE_CHARS of the sentence, cut at clause boundaries, keeping the part that matches the
 * question ("advertising" in a long list of industries), so list lines stay one line and still say why.
 */
export function shortenQuote(sentence: string, question: string, ellipsis: string): string {
  const chinese = /\p{Script=Han}/u.test(sentence);
  const limit = chinese ? LINE_CHARS / 2 : LINE_CHARS;
  if (sentence.length <= limit) return sentence;
  const at = firstMatch(sentence, question, chinese);
  let start = 0;
  if (at + 20 > limit) {
    const before = sentence.slice(0, at);
    start = lastBoundary(before) + 1;
  }
  const cut = sentence.slice(start, start + limit);
  const boundary = lastBoundary(cut);
  const end = start + limit >= sentence.length ? cut.length : boundary > limit / 3 ? boundary : limit;
  return `${start > 0 ? ellipsis : ''}${cut.slice(0, end).trim()}${start + end < sentence.length ? ellipsis : ''}`;
}

/** Where the sentence first shares a word (Chinese: a bigram) with the question; 0 when it shares none. */
function firstMatch(sentence: string, question: string, chinese: boolean): number {
  const lower = sentence.toLowerCase();
  const terms = chinese ? tokenizeChinese(question) : contentWords(question).map((w) => stem(w));
  const found = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : 0;
}

function lastBoundary(text: string): number {
  return Math.max(...['，', '；', '、', ', ', '; '].map((mark) => text.lastIndexOf(mark)));
}
