import { classifyMessage } from '../answer/classify-message.js';
import type { Corpus } from '../corpus/corpus.js';
import { langRule } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';
import type { Need } from './needs.js';

/** A profile written by one person about themselves: "I'm a student ...", "我是退休老人 ...". */
const FIRST_PERSON_SINGULAR = langRule('needs', 'first-person-singular');
/** Anything that says an organization or a trade is being described. */
const ORGANIZATION = langRule('needs', 'organization');

/**
 * Profiles the matcher does not serve: attempts to steer the assistant, companies in another
 * jurisdiction, and private persons (the measures are for enterprises). Another place named as
 * a market ("opening an office in Singapore") is where the company goes, not where it is.
 */
export function isOutOfScope(profile: string, corpus: Corpus, needs: Need[]): boolean {
  if (classifyMessage(profile, corpus) === 'injection') return true;
  if (!needs.includes('market') && isElsewhere(profile, corpus)) return true;
  return FIRST_PERSON_SINGULAR.test(profile) && !ORGANIZATION.test(profile);
}

const PLACES = new WeakMap<Corpus, { covered: RegExp; other: RegExp }>();

/**
 * Names another jurisdiction and none the corpus covers. Checked here rather than through
 * classifyMessage, which sees "餐厅" or "租房" as an everyday question before it looks at places,
 * while in a profile they are the company's trade.
 */
function isElsewhere(profile: string, corpus: Corpus): boolean {
  let places = PLACES.get(corpus);
  if (!places) {
    const covered = corpus.documents.flatMap((d) => [...d.metadata.jurisdiction.names, ...d.metadata.jurisdiction.places]);
    const known = new Set(covered.map((p) => p.toLowerCase()));
    places = { covered: alternation(covered), other: alternation(corpus.places.filter((p) => !known.has(p.toLowerCase()))) };
    PLACES.set(corpus, places);
  }
  const text = normalizeText(profile);
  return places.other.test(text) && !places.covered.test(text);
}

/** Latin names as whole words ("Baoshan", not "baoshanlu"), Chinese names anywhere. */
function alternation(names: string[]): RegExp {
  if (names.length === 0) return /(?!)/;
  const parts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(normalizeText(name)).replace(/'/g, "'?\\s?"))
    .map((name) => (/^[\x00-\x7f]/.test(name) ? `\\b${name}\\b` : name));
  return new RegExp(parts.join('|'), 'i');
}
