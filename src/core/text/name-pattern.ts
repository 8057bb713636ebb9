import { langSpellings } from '../lang/lang-data.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { normalizeText } from './tokenize.js';

/**
 * One pattern for a list of place or jurisdiction names. Latin names match whole words
 * ("Baoshan", not "baoshanlu"), with or without their apostrophe, each word also in its short forms
 * ("Harbour Rd" for "Harbour Road", lang/en/abbreviations.json); Chinese names match anywhere.
 */
export function namePattern(names: readonly string[], flags: string): RegExp {
  if (names.length === 0) return /(?!)/;
  const parts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => normalizeText(n).split(' ').map(withShortForms).join(' ').replace(/'/g, "'?\\s?"))
    .map((n) => (/^[\x00-\x7f]/.test(n) ? `\\b${n}\\b` : n));
  return new RegExp(parts.join('|'), flags);
}

let shortForms: Map<string, string[]> | undefined;

/** A word of a name as a pattern: itself or one of its short forms ("road" or "rd."). */
function withShortForms(word: string): string {
  shortForms ??= langSpellings('en', 'abbreviations').reduce(
    (forms, [variant, spelled]) => forms.set(spelled, [...(forms.get(spelled) ?? []), variant]),
    new Map<string, string[]>(),
  );
  const short = shortForms.get(word.toLowerCase());
  return short ? `(?:${[word, ...short].map(escapeRegExp).join('|')})\\.?` : escapeRegExp(word);
}
