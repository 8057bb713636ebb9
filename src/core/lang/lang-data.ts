import type { Language } from '../corpus/section.js';
import enClaims from '../../../lang/en/claims.json';
import enRefusal from '../../../lang/en/refusal.json';
import enScope from '../../../lang/en/scope.json';
import zhClaims from '../../../lang/zh/claims.json';
import zhRefusal from '../../../lang/zh/refusal.json';
import zhScope from '../../../lang/zh/scope.json';
import { type AreaData, compileRule, isWords, type LangRule, LANGUAGES, type RuleData, type WordsData } from './lang-rule.js';

/**
 * Everything the assistant knows about English and Chinese phrasing, one file per area and
 * language under `lang/`. Imported (not read from disk) so the Worker bundle carries it too.
 */
export const LANG_DATA: Record<string, Partial<Record<Language, AreaData>>> = {
  refusal: { en: enRefusal, zh: zhRefusal },
  claims: { en: enClaims, zh: zhClaims },
  scope: { en: enScope, zh: zhScope },
};

const RULES = new Map<string, LangRule>();

/** The entry `name` of `area` in each given language (both by default), compiled once. */
export function langRule(area: string, name: string, languages: readonly Language[] = LANGUAGES): LangRule {
  const key = `${area}.${name}:${languages.join(',')}`;
  let rule = RULES.get(key);
  if (!rule) {
    rule = compileRule(`${area}.${name}`, findRules(area, name, languages));
    RULES.set(key, rule);
  }
  return rule;
}

/** A rule whose pattern has `{slot}` placeholders, filled by the caller (which keeps the result). */
export function langRuleWith(
  area: string,
  name: string,
  slots: Record<string, string>,
  languages: readonly Language[] = LANGUAGES,
): LangRule {
  return compileRule(`${area}.${name}`, findRules(area, name, languages), slots);
}

function findRules(area: string, name: string, languages: readonly Language[]): RuleData[] {
  const data = languages.flatMap((language) => {
    const entry = LANG_DATA[area]?.[language]?.[name];
    return entry && typeof entry !== 'string' && !isWords(entry) ? [entry] : [];
  });
  if (data.length === 0) throw new Error(`no language rule ${area}.${name} in ${languages.join(', ')}`);
  return data;
}

/** The word list `name` of `area` in one language. */
export function langWords(area: string, name: string, language: Language): readonly string[] {
  const entry = LANG_DATA[area]?.[language]?.[name];
  if (!entry || typeof entry === 'string' || !isWords(entry)) throw new Error(`no word list ${area}.${name} in ${language}`);
  return (entry as WordsData).words;
}
