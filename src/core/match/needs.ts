import type { Language, Section, SectionText } from '../corpus/section.js';
import { normalizeText } from '../text/tokenize.js';

export const NEEDS = ['financing', 'talent', 'rnd', 'market', 'space', 'ip', 'brand', 'other'] as const;

/** What a company is looking for; `other` is whatever the policy offers its industry beyond these. */
export type Need = (typeof NEEDS)[number];

interface NeedWords {
  /** How companies say they have the need, in English and in Chinese. */
  cues: RegExp;
  /** How the policy words what it offers for the need: appended to the need's query. */
  policy: Record<Language, string>;
}

/**
 * Cue words are the companies' own ("we need funding", "缺钱", "招博士"); policy words are the
 * measures' own ("financial institutions", "股权投资"), so that a need query ranks the measures
 * that serve the need even when the profile never uses the policy's vocabulary.
 */
export const NEED_WORDS: Record<Exclude<Need, 'other'>, NeedWords> = {
  financing: {
    cues: /\b(fund(s|ing|raising)?|financ(e|es|ing)|loans?|credit( lines?)?|capital|bank(s|ing)?|investors?|collateral|mortgage|bonds?|series [a-d]|seed round|angel)\b|融资|贷款|资金|信贷|授信|投资|基金|银行|上市|天使轮|[A-DＡ-Ｄ]轮|风投|质押|担保|缺钱|钱/i,
    policy: { en: 'financing loans financial institutions equity investment funds', zh: '融资 贷款 金融机构 股权投资 基金' },
  },
  talent: {
    cues: /\b(talents?|hir(e|es|ing)|recruit\w*|staff|employees|engineers|phds?|post-?docs?|expats?|residency|hukou|housing|training|scientists?|executives)\b|人才|招聘|招人|落户|博士|海归|外籍|住房|高管|培训|员工|用工|专家/i,
    policy: { en: 'talents housing residency registration medical services training', zh: '人才 住房 落户 医疗 培训' },
  },
  rnd: {
    cues: /\b(r&d|research\w*|develop(s|ing|ment)?|lab(s|oratory|oratories)?|clinical|innovat\w*|breakthroughs?|prototypes?|technolog\w*|engineering)\b|研发|研究|实验室|临床|攻关|开发|成果转化|技术|创新/i,
    policy: { en: 'research and development innovation technology platforms laboratories', zh: '研发 创新 技术 平台 实验室' },
  },
  market: {
    cues: /\b(markets?|customers?|clients?|exports?|overseas|abroad|international\w*|global\w*|expos?|exhibitions?|fairs?|sales|sell(s|ing)?|consumers?|shoppers?|tourists?|stores?|shops?)\b|出海|市场|客户|展会|海外|国际|出口|外贸|销售|卖|消费|一带一路|开拓/i,
    policy: { en: 'markets overseas international consumption trade', zh: '市场 海外 国际 消费 外贸' },
  },
  space: {
    cues: /\b(offices?|space|parks?|premises|sites?|venues?|office buildings?|rent(al)?|campus|bases?|arenas?|floors?)\b|场地|园区|办公|空间|楼宇|载体|基地|租金|房租|厂房|场馆|产业园/i,
    policy: { en: 'space carriers parks buildings bases', zh: '空间 载体 园区 楼宇 基地' },
  },
  ip: {
    cues: /\b(patents?|intellectual property|ip|trademarks?|copyrights?|infring\w*)\b|专利|知识产权|商标|版权|侵权/i,
    policy: { en: 'intellectual property patents protection', zh: '知识产权 专利 保护' },
  },
  brand: {
    cues: /\b(brands?|branding|time-honou?red|flagship|first stores?|launch(es)?)\b|品牌|老字号|首店|首发|旗舰店|国潮/i,
    policy: { en: 'brands time-honored brands first stores launches design', zh: '品牌 老字号 首店 首发 设计' },
  },
};

/** How people read a need, in each language (CLI, Slack, widget). */
export const NEED_LABELS: Record<Language, Record<Need, string>> = {
  en: {
    financing: 'Financing',
    talent: 'Talent',
    rnd: 'R&D',
    market: 'Markets',
    space: 'Space',
    ip: 'Intellectual property',
    brand: 'Brand',
    other: 'Your line of business',
  },
  zh: {
    financing: '融资',
    talent: '人才',
    rnd: '研发',
    market: '市场拓展',
    space: '空间载体',
    ip: '知识产权',
    brand: '品牌',
    other: '所在行业',
  },
};

/** The needs a profile expresses in its own words, in the fixed order of NEEDS. */
export function detectNeeds(profile: string): Need[] {
  const text = normalizeText(profile);
  return NEEDS.filter((need) => need !== 'other' && NEED_WORDS[need].cues.test(text));
}

export function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value);
}

/**
 * The need a measure serves, from its title first (its own subject), then its text: a need the
 * company's searches found it for, then any need of the company, then, by title, the need the
 * measure itself is about. Else `other`: it serves the company's line of business (M29 a
 * blockchain firm).
 */
export function attributeNeed(section: Section, found: Need[], needs: Need[]): Need {
  const read = (pick: (t: SectionText) => string) => [pick(section), ...Object.values(section.translations).map((t) => pick(t!))].join(' ');
  const speaksOf = (text: string) => (need: Need) => need !== 'other' && NEED_WORDS[need].cues.test(normalizeText(text));
  const title = read((t) => t.title);
  const body = read((t) => t.text);
  return (
    found.find(speaksOf(title)) ??
    needs.find(speaksOf(title)) ??
    NEEDS.find(speaksOf(title)) ??
    found.find(speaksOf(body)) ??
    needs.find(speaksOf(body)) ??
    'other'
  );
}
