import { langRule, langWords } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { contentWords } from '../text/tokenize.js';

/** Words every broad request uses ("is there any support for companies?"): they name no topic. */
const GENERIC_EN = new Set(langWords('vague', 'generic', 'en'));
const GENERIC_ZH = new RegExp(langWords('vague', 'generic', 'zh').map(escapeRegExp).join('|'), 'g');
const NAMES_A_NUMBER = langRule('vague', 'names-a-number');

/**
 * A question so broad that no measure can be picked for it ("有什么补贴吗", "what can our company
 * apply for?"): it names no industry, activity or need. It is answered with a request for those,
 * not with a guess. Place names do not count as a topic; a measure's number does.
 */
export function isVague(message: string, places: RegExp): boolean {
  // A number names a measure ("measure 41", "措施15", "第十条"): that is as specific as a question gets.
  if (NAMES_A_NUMBER.test(message)) return false;
  const text = message.replace(places, ' ');
  if (/\p{Script=Han}/u.test(text)) return text.replace(GENERIC_ZH, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '').length <= 1;
  const words = contentWords(text);
  return words.length > 0 && words.every((w) => GENERIC_EN.has(w));
}
