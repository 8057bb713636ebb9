import type { Corpus } from '../corpus/corpus.js';
import type { Section } from '../corpus/section.js';
import { LANG_DATA, langRule } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { normalizeText } from '../text/tokenize.js';

/** The industries companies name (the entries of lang/<language>/industries.json), with their cues in both languages. */
const INDUSTRY_CUES: ReadonlyMap<string, LangRule> = new Map(
  Object.entries(LANG_DATA.industries?.en ?? {})
    .filter(([, entry]) => typeof entry !== 'string')
    .map(([name]) => [name, langRule('industries', name)]),
);

/** The industries a profile (and its stated industry) names, in the order of the language data. */
export function detectIndustries(text: string): string[] {
  const normalized = normalizeText(text);
  return [...INDUSTRY_CUES.entries()].filter(([, cue]) => cue.test(normalized)).map(([name]) => name);
}

const WRITTEN_FOR = new WeakMap<Corpus, Map<string, Section[]>>();

/**
 * The measures written for an industry, in document order: those under a part whose heading holds
 * the words the document's metadata gives for the industry. A document that names no part for it
 * contributes none.
 */
export function measuresForIndustry(corpus: Corpus, industry: string): Section[] {
  let byIndustry = WRITTEN_FOR.get(corpus);
  if (!byIndustry) {
    byIndustry = new Map();
    WRITTEN_FOR.set(corpus, byIndustry);
  }
  let sections = byIndustry.get(industry);
  if (!sections) {
    sections = corpus.documents.flatMap((document) => {
      const heading = document.metadata.industries[industry]?.toLowerCase();
      if (!heading) return [];
      return document.sections.filter((s) => s.kind === 'measure' && s.path.some((part) => part.toLowerCase().includes(heading)));
    });
    byIndustry.set(industry, sections);
  }
  return sections;
}
