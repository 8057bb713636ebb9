import { classifyMessage } from '../answer/classify-message.js';
import type { Corpus } from '../corpus/corpus.js';
import { readSection } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { normalizeText } from '../text/tokenize.js';
import type { Need } from './needs.js';

/** A profile written by one person about themselves: "I'm a student ...", "我是退休老人 ...". */
const FIRST_PERSON_SINGULAR = langRule('needs', 'first-person-singular');
/** Anything that says an organization or a trade is being described. */
const ORGANIZATION = langRule('needs', 'organization');
/** Where a company says it is ("based in Berlin", "in Lyon, France", "位于德国柏林"). */
const LOCATED = langRule('scope', 'located');

/** Why a profile gets no matches at all: it steers the assistant, it is elsewhere (the place as written), or it is a private person. */
export type OutOfScope = { kind: 'injection' } | { kind: 'elsewhere'; place: string } | { kind: 'person' };

/**
 * Profiles the matcher does not serve: attempts to steer the assistant, companies in another
 * jurisdiction (a place another document covers, or one none of the documents names), and
 * private persons (the measures are for enterprises). Another place named as a market ("opening
 * an office in Singapore") is where the company goes, not where it is; a place it says it is
 * based in ("based in Austin", "a chain in Berlin, Germany") is where it is, unless the profile
 * also names the documents' own jurisdiction.
 */
export function findOutOfScope(profile: string, corpus: Corpus, needs: Need[]): OutOfScope | null {
  if (classifyMessage(profile, corpus) === 'injection') return { kind: 'injection' };
  const place = (needs.includes('market') ? null : findElsewhere(profile, corpus)) ?? findStatedElsewhere(profile, corpus);
  if (place) return { kind: 'elsewhere', place };
  return FIRST_PERSON_SINGULAR.test(profile) && !ORGANIZATION.test(profile) ? { kind: 'person' } : null;
}

interface Places {
  covered: RegExp;
  other: RegExp;
  /** Every word of the documents' English text, and their Chinese text: a place they name is theirs (Shanghai, 上海). */
  words: Set<string>;
  chinese: string;
}

const PLACES = new WeakMap<Corpus, Places>();

function placesOf(corpus: Corpus): Places {
  let places = PLACES.get(corpus);
  if (!places) {
    const covered = corpus.documents.flatMap((d) => [...d.metadata.jurisdiction.names, ...d.metadata.jurisdiction.places]);
    const known = new Set(covered.map((p) => p.toLowerCase()));
    const english = corpus.sections.map((s) => `${s.title} ${s.text}`).join(' ');
    places = {
      covered: alternation(covered),
      other: alternation(corpus.places.filter((p) => !known.has(p.toLowerCase()))),
      words: new Set(english.split(/[^\p{L}'’-]+/u)),
      chinese: corpus.sections.map((s) => readSection(s, 'zh').text).join(''),
    };
    PLACES.set(corpus, places);
  }
  return places;
}

/**
 * Names another jurisdiction and none the corpus covers. Checked here rather than through
 * classifyMessage, which sees "餐厅" or "租房" as an everyday question before it looks at places,
 * while in a profile they are the company's trade.
 */
function findElsewhere(profile: string, corpus: Corpus): string | null {
  const places = placesOf(corpus);
  const text = normalizeText(profile);
  const other = places.other.exec(text);
  return other && !places.covered.test(text) ? other[0] : null;
}

/** A place the company says it is in that no document names ("a restaurant in Berlin, Germany"). */
function findStatedElsewhere(profile: string, corpus: Corpus): string | null {
  const places = placesOf(corpus);
  if (places.covered.test(normalizeText(profile))) return null;
  for (const pattern of LOCATED.patterns) {
    const place = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    for (const match of profile.matchAll(place)) {
      const stated = match[1]!.trim();
      if (places.covered.test(normalizeText(stated))) continue;
      const named = /\p{Script=Han}/u.test(stated)
        ? places.chinese.includes(stated)
        : stated.split(/[\s,]+/).some((word) => word !== 'the' && places.words.has(word));
      if (!named) return stated;
    }
  }
  return null;
}

/**
 * The profile without the places it names, the documents' own or others: where a company is says
 * nothing about what it does, so a place alone ("our company is on <a road of the district>") never makes
 * a match, however often the measures name it.
 */
export function withoutPlaces(profile: string, corpus: Corpus): string {
  const places = placesOf(corpus);
  const global = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);
  return normalizeText(profile).replace(global(places.covered), ' ').replace(global(places.other), ' ');
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
