import type { Corpus } from '../corpus/corpus.js';
import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';

/** "Where does the policy mention ESG?", "which measures refer to blockchain", "mentions of first stores". */
const ASK = { en: langRule('mentions', 'ask', ['en']), zh: langRule('mentions', 'ask', ['zh']) };
/** Words that name the document rather than a term in it. */
const NOT_A_TERM = langRule('mentions', 'not-a-term');
const ARTICLE = langRule('mentions', 'article', ['en']).patterns[0]!;

/**
 * The term a question asks to find in the text ("Where does the policy mention ESG?"), or null.
 * Only a short term counts: a clause after "mention" is a question about a topic, not a word.
 */
export function findMentionTerm(question: string, language: Language): string | null {
  const text = normalizeText(question);
  const match = ASK[language].exec(text);
  const term = match?.[1]?.trim().replace(ARTICLE, '');
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
  for (const { id, texts } of foldedSections(corpus)) {
    if (texts.some((t) => needles.some((n) => t.includes(n)))) found.add(id);
  }
  return found;
}

/** Each section's texts folded once per corpus, not once per question that asks for a term. */
const FOLDED = new WeakMap<Corpus, Array<{ id: string; texts: string[] }>>();

function foldedSections(corpus: Corpus): Array<{ id: string; texts: string[] }> {
  let folded = FOLDED.get(corpus);
  if (!folded) {
    folded = corpus.sections.map((section) => {
      const zh = section.translations.zh;
      return { id: section.id, texts: [section.title, section.text, zh?.title ?? '', zh?.text ?? ''].map(fold) };
    });
    FOLDED.set(corpus, folded);
  }
  return folded;
}

/** Case, hyphens and spacing ignored: "integrated-circuit" holds "integrated circuits" once the plural goes. */
function fold(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
}
