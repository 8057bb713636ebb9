import type { Language } from '../corpus/section.js';
import { contentStems } from '../text/tokenize.js';

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
const FRAMING_ZH =
  /本措施|措施|政策|文件|规定|具体|明确|没有|并未|未|不|相关|负责|部门|咨询|联系|根据|按照|依据|提到|提及|指出|表示|包括|涉及|内容|方面|金额|标准|额度|比例|期限|截止|申请|申报|流程|材料|条件|门槛|资格|电话|联系方式|印发|发布|出台|施行|生效|有效期|有效|失效|到期|日期|总体要求|以下|如下|其中|主要|可以|能够|您|贵公司|公司|企业|译文|[的了和与及或等是在由对为把被从到给也都还就并而可能将会该此其之向以于按请我你他她它吗呢吧第条项区]/g;

const HAN_RUN = /\p{Script=Han}+/gu;

/** What a sentence claims, as tokens: English word stems, or Chinese character bigrams (Latin words kept as stems). */
export function claimTokens(text: string, language: Language): string[] {
  if (language === 'en') return unique(contentStems(text).filter((stem) => !FRAMING_EN.has(stem)));
  const han = text.replace(FRAMING_ZH, ' ');
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
