import type { Corpus } from '../corpus/corpus.js';
import type { Language, Section } from '../corpus/section.js';
import { LANG_DATA, langRule, langText } from '../lang/lang-data.js';
import type { LangRule } from '../lang/lang-rule.js';
import { normalizeText } from '../text/tokenize.js';
import { NEED_LABELS, NEED_WORDS, type Need } from './needs.js';

/** A need a profile states: one of the contract's, or one of lang/<language>/other-needs.json. */
export interface StatedNeed {
  name: string;
  cues: LangRule;
  label: Record<Language, string>;
}

const OTHER_NEEDS: StatedNeed[] = Object.entries(LANG_DATA['other-needs']?.en ?? {})
  .filter(([, entry]) => typeof entry !== 'string')
  .map(([name]) => ({
    name,
    cues: langRule('other-needs', name),
    label: { en: langText('other-needs', `${name}-label`, 'en'), zh: langText('other-needs', `${name}-label`, 'zh') },
  }));

/** The needs beyond the contract's that a profile states, in the order of the language data. */
export function detectOtherNeeds(profile: string): StatedNeed[] {
  const text = normalizeText(profile);
  return OTHER_NEEDS.filter((need) => need.cues.test(text));
}

export function contractNeed(need: Exclude<Need, 'other'>): StatedNeed {
  return { name: need, cues: NEED_WORDS[need].cues, label: { en: NEED_LABELS.en[need], zh: NEED_LABELS.zh[need] } };
}

const SERVED = new WeakMap<Corpus, Map<string, boolean>>();

/** Whether some measure of a loaded document speaks of the need, in its own text or a translation. */
export function isNeedServed(corpus: Corpus, need: StatedNeed): boolean {
  let served = SERVED.get(corpus);
  if (!served) {
    served = new Map();
    SERVED.set(corpus, served);
  }
  let answer = served.get(need.name);
  if (answer === undefined) {
    answer = corpus.sections.some((s) => s.kind === 'measure' && speaksOf(s, need.cues));
    served.set(need.name, answer);
  }
  return answer;
}

function speaksOf(section: Section, cues: LangRule): boolean {
  return [section, ...Object.values(section.translations)].some((t) => t && cues.test(normalizeText(`${t.title} ${t.text}`)));
}
