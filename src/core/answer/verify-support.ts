import type { Language } from '../corpus/section.js';
import { contentStems } from '../text/tokenize.js';
import { langRule } from '../lang/lang-data.js';

/**
 * Words an answer uses to frame what a section says ("the measure provides", "contact the
 * department", "the policy does not specify amounts or deadlines"), not claims of their own:
 * the details such a policy leaves open are named because they are absent from the text.
 */
const FRAMING_EN = new Set(
  contentStems(
    `measure measures policy policies document documents text section sections responsible department departments named
    name ask contact set out state states stated specify specifies specified say says said mention mentions mentioned
    note notes district item items relevant listed under according accordance provide provides provided offer offers
    cover covers covered include includes including apply applies applying application applications answer question
    help information detail details specific specifically however also yes company companies firm firms business
    businesses amount amounts interest rate rates bank banks procedure procedures form forms deadline
    deadlines eligibility eligible threshold thresholds number numbers phone email official translation unofficial
    issue issued publish published announce announced valid validity effective expire expired expiry date dated`,
  ),
);

/** Chinese framing words, and the particles that carry no claim; both end a run of characters. */
const FRAMING_ZH = langRule('claims', 'claim-framing', ['zh']);

const HAN_RUN = /\p{Script=Han}+/gu;

/** What a sentence claims, as tokens: English word stems, or Chinese character bigrams (Latin words kept as stems). */
export function claimTokens(text: string, language: Language): string[] {
  if (language === 'en') return unique(contentStems(text).filter((stem) => !FRAMING_EN.has(stem)));
  const han = FRAMING_ZH.replace(text, ' ');
  return unique([...hanBigrams(han), ...contentStems(text).filter((stem) => !FRAMING_EN.has(stem))]);
}

/** Every token a source could support: its stems and, for Chinese, all its bigrams. */
export function sourceTokens(text: string, language: Language): Set<string> {
  return new Set(language === 'en' ? contentStems(text) : [...hanBigrams(text), ...contentStems(text)]);
}

/** The share of a claim's tokens found in its sources; 1 for a claim with none. */
export function measureSupport(tokens: string[], source: ReadonlySet<string>): number {
  if (tokens.length === 0) return 1;
  return tokens.filter((t) => source.has(t)).length / tokens.length;
}

function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const run of text.match(HAN_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) bigrams.push(run.slice(i, i + 2));
  return bigrams;
}

const unique = (items: string[]) => [...new Set(items)];
