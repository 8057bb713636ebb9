import type { Language, Section, SectionText } from '../corpus/section.js';
import { langRule, langText } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { normalizeText } from '../text/tokenize.js';

export const NEEDS = ['financing', 'talent', 'rnd', 'market', 'space', 'ip', 'brand', 'other'] as const;

/** What a company is looking for; `other` is whatever the policy offers its industry beyond these. */
export type Need = (typeof NEEDS)[number];

interface NeedWords {
  /** How companies say they have the need, in English and in Chinese. */
  cues: LangRule;
  /** How the policy words what it offers for the need: appended to the need's query. */
  policy: Record<Language, string>;
}

/**
 * Cue words are the companies' own ("we need funding", "缺钱", "招博士"); policy words are the
 * measures' own ("financial institutions", "股权投资"), so that a need query ranks the measures
 * that serve the need even when the profile never uses the policy's vocabulary.
 */
export const NEED_WORDS = Object.fromEntries(
  NEEDS.filter((need) => need !== 'other').map((need) => [
    need,
    {
      cues: langRule('needs', need),
      policy: { en: langText('needs', `${need}-query`, 'en'), zh: langText('needs', `${need}-query`, 'zh') },
    },
  ]),
) as Record<Exclude<Need, 'other'>, NeedWords>;

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
