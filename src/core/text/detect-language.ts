import type { Language } from '../corpus/section.js';

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/**
 * The language of a message: Chinese when Chinese characters make up most of its letters
 * ("ESG方面有什么支持" is Chinese; "What does 数通链谷 mean?" is English). One Chinese
 * character carries about as much as two Latin letters, hence the weight.
 */
export function detectLanguage(message: string): Language {
  const han = message.match(HAN)?.length ?? 0;
  const latin = message.match(LATIN)?.length ?? 0;
  return han > 0 && han * 2 >= latin ? 'zh' : 'en';
}
