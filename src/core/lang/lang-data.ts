import type { Language } from '../corpus/section.js';
import enAsks from '../../../lang/en/asks.json';
import enCompound from '../../../lang/en/compound.json';
import enConversation from '../../../lang/en/conversation.json';
import enDepartments from '../../../lang/en/departments.json';
import enGroups from '../../../lang/en/groups.json';
import enSmalltalk from '../../../lang/en/smalltalk.json';
import enVague from '../../../lang/en/vague.json';
import enFollowup from '../../../lang/en/followup.json';
import enMentions from '../../../lang/en/mentions.json';
import enNeeds from '../../../lang/en/needs.json';
import enPhrasing from '../../../lang/en/phrasing.json';
import enReferences from '../../../lang/en/references.json';
import enRefusal from '../../../lang/en/refusal.json';
import zhAsks from '../../../lang/zh/asks.json';
import zhCompound from '../../../lang/zh/compound.json';
import zhConversation from '../../../lang/zh/conversation.json';
import zhDepartments from '../../../lang/zh/departments.json';
import zhGroups from '../../../lang/zh/groups.json';
import zhSmalltalk from '../../../lang/zh/smalltalk.json';
import zhVague from '../../../lang/zh/vague.json';
import zhFollowup from '../../../lang/zh/followup.json';
import zhMentions from '../../../lang/zh/mentions.json';
import zhNeeds from '../../../lang/zh/needs.json';
import zhReferences from '../../../lang/zh/references.json';
import enDocuments from '../../../lang/en/documents.json';
import enFigures from '../../../lang/en/figures.json';
import enLayout from '../../../lang/en/layout.json';
import zhDocuments from '../../../lang/zh/documents.json';
import zhFigures from '../../../lang/zh/figures.json';
import enCoverage from '../../../lang/en/coverage.json';
import zhCoverage from '../../../lang/zh/coverage.json';
import zhLayout from '../../../lang/zh/layout.json';
import enClaims from '../../../lang/en/claims.json';
import enScope from '../../../lang/en/scope.json';
import enVocabulary from '../../../lang/en/vocabulary.json';
import enSpelling from '../../../lang/en/spelling.json';
import enAbbreviations from '../../../lang/en/abbreviations.json';
import zhClaims from '../../../lang/zh/claims.json';
import zhRefusal from '../../../lang/zh/refusal.json';
import zhScope from '../../../lang/zh/scope.json';
import enIndustries from '../../../lang/en/industries.json';
import zhIndustries from '../../../lang/zh/industries.json';
import enOtherNeeds from '../../../lang/en/other-needs.json';
import zhOtherNeeds from '../../../lang/zh/other-needs.json';
import enStopwords from '../../../lang/en/stopwords.json';
import zhStopwords from '../../../lang/zh/stopwords.json';
import type { VocabularyEntry } from '../corpus/vocabulary.js';
import { type AreaData, compileRule, isWords, type LangRule, LANGUAGES, type RuleData, type WordsData } from './lang-rule.js';

/**
 * Everything the assistant knows about English and Chinese phrasing, one file per area and
 * language under `lang/`. Imported (not read from disk) so the Worker bundle carries it too.
 */
export const LANG_DATA: Record<string, Partial<Record<Language, AreaData>>> = {
  asks: { en: enAsks, zh: zhAsks },
  coverage: { en: enCoverage, zh: zhCoverage },
  compound: { en: enCompound, zh: zhCompound },
  conversation: { en: enConversation, zh: zhConversation },
  departments: { en: enDepartments, zh: zhDepartments },
  groups: { en: enGroups, zh: zhGroups },
  smalltalk: { en: enSmalltalk, zh: zhSmalltalk },
  vague: { en: enVague, zh: zhVague },
  followup: { en: enFollowup, zh: zhFollowup },
  mentions: { en: enMentions, zh: zhMentions },
  needs: { en: enNeeds, zh: zhNeeds },
  industries: { en: enIndustries, zh: zhIndustries },
  'other-needs': { en: enOtherNeeds, zh: zhOtherNeeds },
  phrasing: { en: enPhrasing },
  references: { en: enReferences, zh: zhReferences },
  refusal: { en: enRefusal, zh: zhRefusal },
  layout: { en: enLayout, zh: zhLayout },
  figures: { en: enFigures, zh: zhFigures },
  documents: { en: enDocuments, zh: zhDocuments },
  claims: { en: enClaims, zh: zhClaims },
  scope: { en: enScope, zh: zhScope },
  vocabulary: { en: enVocabulary },
  spelling: { en: enSpelling },
  abbreviations: { en: enAbbreviations },
  stopwords: { en: enStopwords, zh: zhStopwords },
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

/** A plain text entry of `area` in one language (words appended to a query, say). */
export function langText(area: string, name: string, language: Language): string {
  const entry = LANG_DATA[area]?.[language]?.[name];
  if (typeof entry !== 'string') throw new Error(`no text ${area}.${name} in ${language}`);
  return entry;
}

/** The `vocabulary` area of one language: everyday words and shorthand, and the words texts use for them. */
export function langVocabulary(language: Language): VocabularyEntry[] {
  return Object.values(LANG_DATA.vocabulary?.[language] ?? {}).flatMap((entry) =>
    typeof entry !== 'string' && isWords(entry) && entry.expandsTo ? [{ words: entry.words, expandsTo: entry.expandsTo }] : [],
  );
}

/** The `spelling` area of one language: [variant, the texts' spelling] for every listed variant. */
export function langSpellings(language: Language, area: 'spelling' | 'abbreviations' = 'spelling'): Array<[string, string]> {
  return Object.values(LANG_DATA[area]?.[language] ?? {}).flatMap((entry) =>
    typeof entry !== 'string' && isWords(entry) && entry.spelledAs
      ? entry.words.map((word): [string, string] => [word, entry.spelledAs!])
      : [],
  );
}
