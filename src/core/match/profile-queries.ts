import type { Language } from '../corpus/section.js';
import type { GlossaryMatch } from '../retrieval/map-glossary.js';
import { contentWords } from '../text/tokenize.js';
import { NEED_WORDS, type Need } from './needs.js';

/** One search the matcher runs: the whole profile, one of its clauses, or one of its needs. */
export interface ProfileQuery {
  kind: 'profile' | 'clause' | 'need';
  need: Need | null;
  text: string;
}

/** Words that say a company exists, not what it does: they would pull every measure that says "enterprises". */
const GENERIC = new Set(
  'company companies firm firms business businesses enterprise enterprises start start-up startup startups people person staff team year years month months plan plans need needs looking based group'.split(
    ' ',
  ),
);

const LATIN_WORDS = /[A-Za-z][A-Za-z0-9&'-]*/g;
const CUES = Object.values(NEED_WORDS).map((n) => n.cues);

/**
 * The searches for a profile: the profile as written, and one per need made of what the company
 * is (its industry and topic words, without the words that only state needs) and what the policy
 * offers for that need, in the profile's language.
 */
export function buildProfileQueries(
  profile: { text: string; industry?: string },
  needs: Need[],
  language: Language,
  mapGlossary: (text: string) => GlossaryMatch,
): ProfileQuery[] {
  const whole = [profile.industry, profile.text].filter(Boolean).join(' ');
  const topic = language === 'zh' ? chineseTopic(whole, mapGlossary) : englishTopic(whole);
  const perNeed = needs
    .filter((need): need is Exclude<Need, 'other'> => need !== 'other')
    .map((need) => ({ kind: 'need' as const, need, text: `${topic} ${NEED_WORDS[need].policy[language]}`.trim() }));
  const clauses = splitClauses(profile.text);
  // What the company is, without what it wants: the industry as stated, and the topic words alone.
  const parts = [...(clauses.length > 1 ? clauses : []), ...(profile.industry ? [profile.industry] : []), ...(topic ? [topic] : [])].map(
    (text) => ({
      kind: 'clause' as const,
      need: null,
      text,
    }),
  );
  return [{ kind: 'profile', need: null, text: whole }, ...parts, ...perNeed];
}

/** Shorter than this, a clause says too little to search on its own. */
const MIN_CLAUSE = { en: 4, zh: 6 };

/**
 * The profile's sentences and clauses, so that each activity of a company that does several
 * things ("a fund manager that also wants to run an incubator") is searched without the others
 * drowning it. Short clauses join the next one.
 */
export function splitClauses(text: string): string[] {
  const pieces = text
    .split(/(?<=[。！？；;!?，,]|\.\s)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const clauses: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending = pending ? `${pending} ${piece}` : piece;
    if (isLongEnough(pending)) {
      clauses.push(pending);
      pending = '';
    }
  }
  if (pending && clauses.length > 0) clauses[clauses.length - 1] += ` ${pending}`;
  else if (pending) clauses.push(pending);
  return clauses;
}

function isLongEnough(clause: string): boolean {
  const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= MIN_CLAUSE.zh || contentWords(clause).length >= MIN_CLAUSE.en;
}

/** The profile's content words that name neither a need nor a company in general. */
function englishTopic(text: string): string {
  const words = contentWords(text).filter((w) => !GENERIC.has(w) && !CUES.some((cue) => cue.test(w)));
  return [...new Set(words)].join(' ');
}

/** The glossary terms of a Chinese profile that name no need (its industry, products, places), and its Latin words. */
function chineseTopic(text: string, mapGlossary: (text: string) => GlossaryMatch): string {
  const terms = mapGlossary(text).terms.filter((term) => !CUES.some((cue) => cue.test(term)));
  return [...new Set([...terms, ...(text.match(LATIN_WORDS) ?? [])])].join(' ');
}
