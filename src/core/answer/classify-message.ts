import type { Corpus } from '../corpus/corpus.js';
import { namesOfJurisdiction } from '../retrieval/jurisdiction-scope.js';
import { glossaryMapperOf } from '../retrieval/map-glossary.js';
import { foldConfusables } from '../text/fold-confusables.js';
import { normalizeText, tokenize } from '../text/tokenize.js';
import { langRule, langRuleWith } from '../lang/lang-data.js';
import { namePattern } from '../text/name-pattern.js';
import type { LangRule } from '../lang/lang-rule.js';

export type MessageClass = 'policy' | 'injection' | 'other_jurisdiction' | 'other_task';

const INJECTION = langRule('refusal', 'injection');
const EVERYDAY = langRule('refusal', 'everyday');
const OTHER_TASK = langRule('refusal', 'other-task', ['en']);
const OTHER_ADVICE = langRule('refusal', 'other-advice');
const OTHER_TASK_ZH = langRule('refusal', 'other-task', ['zh']);
const ABOUT_POLICY_ZH = langRule('refusal', 'about-policy', ['zh']);
const ABOUT_POLICY = langRule('refusal', 'about-policy', ['en']);
const ABOUT_SUPPORT = langRule('refusal', 'about-support');

export function classifyMessage(message: string, corpus: Corpus): MessageClass {
  // Judged as a reader sees it: look-alike letters and invisible characters cannot hide a pattern.
  const text = normalizeText(foldConfusables(message));
  if (INJECTION.test(text)) return 'injection';
  const places = placePatterns(corpus);
  if (OTHER_TASK.test(text) && !ABOUT_POLICY.test(text)) return 'other_task';
  if (OTHER_ADVICE.test(text) && !ABOUT_POLICY.test(text) && !ABOUT_SUPPORT.test(text)) return 'other_task';
  if (namesErrand(EVERYDAY, text, corpus) && !ABOUT_POLICY.test(text) && !ABOUT_SUPPORT.test(text)) return 'other_task';
  // The document's own topics win over an errand word inside them: 写字楼 is not "write", 人才租房 not a flat hunt.
  if (OTHER_TASK_ZH.test(text) && OTHER_TASK_ZH.test(withoutTopics(text, corpus)) && !ABOUT_POLICY_ZH.test(text)) return 'other_task';
  // A covered place wins: a covered road named after another city ("<City> West Road") is not that city.
  // Where someone came from is not the policy asked about ("our CTO relocated from Singapore").
  const asked = places.origin.replace(text, ' ');
  if (places.other.test(asked) && !text.match(places.covered)) return 'other_jurisdiction';
  return 'policy';
}

/**
 * Whether the text names an errand no document speaks of: "flights" is travel unless a loaded
 * document is about flying (a low-altitude economy's measures), as 写字楼 is not "write" below.
 */
function namesErrand(rule: LangRule, text: string, corpus: Corpus): boolean {
  if (!rule.test(text)) return false;
  const documents = documentWordsOf(corpus);
  return rule.patterns.some((pattern) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].some(
      (match) => !documents.includes(` ${tokenize(match[0]).join(' ')} `),
    ),
  );
}

const DOCUMENT_WORDS = new WeakMap<Corpus, string>();

/** The English of every section (its text, or the gloss of a Chinese one) as space-separated tokens, built once per corpus. */
function documentWordsOf(corpus: Corpus): string {
  let words = DOCUMENT_WORDS.get(corpus);
  if (words === undefined) {
    words = ` ${corpus.sections.flatMap((s) => tokenize(`${s.title} ${s.text} ${s.gloss ?? ''}`)).join(' ')} `;
    DOCUMENT_WORDS.set(corpus, words);
  }
  return words;
}

/** The text with every Chinese term of the glossary blanked out. */
function withoutTopics(text: string, corpus: Corpus): string {
  return glossaryMapperOf(corpus)(text).terms.reduce((rest, term) => rest.split(term).join(' '), text.normalize('NFKC').toLowerCase());
}

/** The names and places of the jurisdictions the corpus covers, from each document's metadata. */
export function coveredPlaces(corpus: Corpus): RegExp {
  return placePatterns(corpus).covered;
}

interface PlacePatterns {
  covered: RegExp;
  other: RegExp;
  /** Another place named as where someone or something came from. */
  origin: LangRule;
}

const PLACE_CACHE = new WeakMap<Corpus, PlacePatterns>();

/** Built once per corpus: the covered jurisdictions' names and places, and every other known place. */
function placePatterns(corpus: Corpus): PlacePatterns {
  let patterns = PLACE_CACHE.get(corpus);
  if (!patterns) {
    const covered = corpus.documents.flatMap((d) => [...namesOfJurisdiction(d), ...d.metadata.jurisdiction.places]);
    const coveredSet = new Set(covered.map((p) => p.toLowerCase()));
    const other = corpus.places.filter((p) => !coveredSet.has(p.toLowerCase()));
    const others = namePattern(other, 'i');
    const origin = langRuleWith('refusal', 'arrival', { places: others.source });
    patterns = { covered: namePattern(covered, 'gi'), other: others, origin };
    PLACE_CACHE.set(corpus, patterns);
  }
  return patterns;
}
