import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';

/** "Where does the policy mention ESG?", "which measures refer to blockchain", "mentions of first stores". */
const ASK_EN = [
  /\b(?:mention(?:s|ed|ing)?(?: of)?|refer(?:s|red|ring)? to|references? to)\s+(?:the\s+(?:word|term|phrase)\s+)?["'“]?([A-Za-z0-9][\w&' -]{1,40}?)["'”]?\s*(?:[?.!,;]|$)/i,
  /\b(?:where|in which|which)\b(?:\s+\w+){0,3}?\s+(?:is|are)\s+["'“]?([A-Za-z0-9][\w&' -]{1,40}?)["'”]?\s+(?:mentioned|referred to)\b/i,
  // "ESG shows up in which measures", "blockchain appears where?"
  /^\s*["'“]?([A-Za-z0-9][\w&' -]{1,40}?)["'”]?\s+(?:shows? up|appears?|comes? up|is mentioned|are mentioned)\s+(?:in\s+)?(?:which|what|where)\b/i,
  // A quoted phrase to find: '"Nanjing West Road - Suhe Bay" - which measure is that in'.
  /["“]([^"”]{3,60})["”].{0,30}\b(?:which|what|where)\b.{0,20}\b(?:measures?|sections?|parts?|articles?|in)\b/i,
];
/** "哪些条款提到了ESG", "ESG在哪些条款里出现", "提及人工智能的措施". */
const ASK_ZH = [
  /(?:提到|提及|写到|出现)了?[“"「]?([^，。？！、“”"「」\s]{2,12}?)[”"」]?(?:的(?:条款|措施|地方|内容)|[？?。！!]|$)/,
  /[“"「]?([^，。？！、“”"「」\s]{2,12}?)[”"」]?(?:在|是在)(?:哪些|哪几|哪个|哪|什么)(?:条|项|措施|地方|里|部分)/,
];
/** Words that name the document rather than a term in it. */
const NOT_A_TERM = /^(it|this|that|them|the (policy|document|measures?|text)|政策|文件|这个|本政策|原文)$/i;

/**
 * The term a question asks to find in the text ("Where does the policy mention ESG?"), or null.
 * Only a short term counts: a clause after "mention" is a question about a topic, not a word.
 */
export function findMentionTerm(question: string, language: Language): string | null {
  const text = normalizeText(question);
  const match = (language === 'zh' ? ASK_ZH : ASK_EN).map((p) => p.exec(text)).find(Boolean);
  const term = match?.[1]?.trim().replace(/^(the|a|an)\s+/i, '');
  // A quoted phrase is looked up as written; an unquoted one only when short, since a longer one
  // ("small and medium sized enterprises") is a topic the text words its own way.
  const quoted = term !== undefined && new RegExp(`["“']${escapeRegExp(term)}["”']`).test(text);
  if (!term || NOT_A_TERM.test(term) || term.split(/\s+/).length > (quoted ? 8 : 4)) return null;
  return term;
}

/** The sections whose text, in either language, holds the term (case and spacing ignored). */
export function sectionsMentioning(corpus: Corpus, term: string): Set<string> {
  const folded = fold(term);
  // "drones" finds "drone"; "subsidies" finds "subsidy" would need a stemmer, and misses quietly.
  const needles = [folded, folded.replace(/(?<=[a-z]{3})e?s$/, '')];
  const found = new Set<string>();
  for (const section of corpus.sections) {
    const zh = section.translations.zh;
    const texts = [section.title, section.text, zh?.title ?? '', zh?.text ?? ''].map(fold);
    if (texts.some((t) => needles.some((n) => t.includes(n)))) found.add(section.id);
  }
  return found;
}

/** Case, hyphens and spacing ignored: "integrated-circuit" holds "integrated circuits" once the plural goes. */
function fold(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
}
