import type { Language } from '../corpus/section.js';
import { langRule } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { claimTokens, measureSupport } from './verify-support.js';

export type ClauseFailure = 'clause' | 'condition';

/** What a clause may add that an enterprise acts on; each must be in the cited text too. */
const CONDITIONS = ['limit', 'obligation', 'deadline', 'channel', 'approval', 'negation'] as const;

/**
 * Words of a clause that the cited text lacks before its support share counts: a model rewording
 * one verb ("reinforce" for "strengthen"; 促进 for 推动, two character pairs) leaves a short
 * clause below the share without adding anything, while an added condition brings several.
 */
const MIN_UNSUPPORTED: Record<Language, number> = { en: 2, zh: 3 };

/** Punctuation that ends a clause in either language. */
const CLAUSE_PUNCTUATION = /[,，、]/;
/** Put before a connective that opens a clause, so that the split sees it. */
const BREAK = '\u0000';
const PART_BREAK = /[\u0000;:；：]/;

interface ClauseRules {
  start: LangRule;
  silence: LangRule;
  conditions: Array<[(typeof CONDITIONS)[number], LangRule]>;
}

const RULES = new Map<Language, ClauseRules>();

function rulesFor(language: Language): ClauseRules {
  let rules = RULES.get(language);
  if (!rules) {
    rules = {
      start: langRule('claims', 'clause-start', [language]),
      silence: langRule('claims', 'silence', [language]),
      conditions: CONDITIONS.map((name) => [name, langRule('claims', name, [language])]),
    };
    RULES.set(language, rules);
  }
  return rules;
}

/**
 * The clauses of a sentence: split at commas, semicolons, colons and the enumeration comma, and
 * before a connective that opens a condition or a contrast ("but only", "provided that", "但",
 * "仅", "须", "逾期"), so that a clause a model appends to a copied sentence stands alone.
 */
export function splitClauses(text: string, language: Language): string[] {
  return splitParts(text, language).flatMap((part) => part.split(CLAUSE_PUNCTUATION));
}

/** Parts of a sentence between connectives, semicolons and colons; commas still inside. */
function splitParts(text: string, language: Language): string[] {
  return rulesFor(language)
    .start.replace(text, `${BREAK}$&`)
    .split(PART_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Checks each clause of a sentence on its own against the cited text: a clause with a few words
 * the text lacks needs the same support share a whole sentence needs, and a clause that states an
 * eligibility limit, an obligation, a deadline, a channel, an approval or a negation needs the
 * cited text to state one of that kind too. What follows "does not specify" up to the next
 * semicolon or connective names what the text lacks, and adds no condition. The copied half of a sentence cannot carry the added half.
 */
export function checkClauses(
  text: string,
  language: Language,
  source: { text: string; tokens: ReadonlySet<string> },
  share: number,
): ClauseFailure | null {
  const rules = rulesFor(language);
  for (const part of splitParts(text, language)) {
    // "does not specify amounts, deadlines or forms": the list after it names what is absent.
    const silent = rules.silence.exec(part);
    const stated = silent ? part.slice(0, silent.index) : part;
    for (const clause of stated.split(CLAUSE_PUNCTUATION)) {
      const conditions = rules.conditions.filter(([, rule]) => rule.test(clause));
      if (conditions.some(([, rule]) => !rule.test(source.text))) return 'condition';
      const tokens = claimTokens(clause, language);
      const unsupported = tokens.filter((t) => !source.tokens.has(t)).length;
      // A clause stating a condition gets no allowance for a reworded word: "no approval is required" is two words, one of them new.
      const allowed = conditions.length > 0 ? 1 : MIN_UNSUPPORTED[language];
      if (unsupported >= allowed && measureSupport(tokens, source.tokens) < share) return 'clause';
    }
  }
  return null;
}
