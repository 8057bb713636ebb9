import type { Language } from '../corpus/section.js';
import { stem, tokenize } from '../text/tokenize.js';

const HAN = /\p{Script=Han}+/gu;

/**
 * The sparse features the intent classifier sees: for English, word stems and neighbouring stem
 * pairs ("talk to", "real person"); for Chinese, characters and character pairs of each run of
 * Chinese, plus the stems of any Latin words ("好的 thx"). No list of words: what matters is learnt
 * from the examples in lang/.
 */
export function extractIntentFeatures(text: string, language: Language): Record<string, number> {
  const features: Record<string, number> = {};
  const stems = tokenize(text).map(stem);
  stems.forEach((s, i) => {
    features[`w:${s}`] = 1;
    if (i > 0) features[`b:${stems[i - 1]} ${s}`] = 1;
  });
  if (language === 'zh') {
    for (const run of text.normalize('NFKC').match(HAN) ?? []) {
      for (let i = 0; i < run.length; i++) {
        features[`c:${run[i]}`] = 1;
        if (i > 0) features[`p:${run.slice(i - 1, i + 1)}`] = 1;
      }
    }
  }
  return features;
}
