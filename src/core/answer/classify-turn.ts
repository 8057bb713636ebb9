import type { Language } from '../corpus/section.js';
import { langRule, langWords } from '../lang/lang-data.js';
import { escapeRegExp } from '../text/escape-reg-exp.js';
import { splitEnumeration } from './compound-question.js';

export type SmalltalkKind = 'greeting' | 'thanks' | 'closing' | 'help';

/** Words that make up greetings, thanks, goodbyes and acknowledgements, and nothing else. */
const SMALLTALK_EN = new Set(langWords('smalltalk', 'words', 'en'));
/** Removed in the order written (longer words first). */
const SMALLTALK_ZH = new RegExp(langWords('smalltalk', 'words', 'zh').map(escapeRegExp).join('|'), 'gi');
const THANKS = langRule('smalltalk', 'thanks');
/** "We want high-tech status": after a greeting, a need said is a question asked. */
const WANTS = langRule('smalltalk', 'wants');
const CLOSING = langRule('smalltalk', 'closing');
const GREETING = langRule('smalltalk', 'greeting');
/** Marks of a question, in either language: without one, what follows a greeting is not asked yet. */
const QUESTION = langRule('smalltalk', 'question');
const HELP = langRule('smalltalk', 'help');

/**
 * Smalltalk is a whole message of greetings, thanks or acknowledgements ("thanks, that helps",
 * "好的谢谢"), or a request for help using the assistant. It gets one friendly line and no
 * citations; anything with a question of its own in it is not smalltalk.
 */
export function detectSmalltalk(message: string, language: Language): SmalltalkKind | null {
  if (HELP.test(message)) return 'help';
  // "Hello! Quick question about retail." greets and announces; the question has not come yet.
  // One that says or numbers its needs ("hi, ... we want ...", "你好，……一是……二是……") has asked already.
  const greeting = GREETING.exec(message);
  const rest = greeting ? message.slice(greeting[0].length) : '';
  if (greeting && !QUESTION.test(rest) && !WANTS.test(rest) && splitEnumeration(rest, language).length === 0) return 'greeting';
  // Latin words count in either language: "好的 thx" is as much smalltalk as "ok thanks".
  const latinLeft = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z\s']/g, ' ')
      .split(/\s+/)
      .filter((w) => w && !SMALLTALK_EN.has(w))
      .join('');
  const left =
    language === 'zh'
      ? message.replace(SMALLTALK_ZH, '').replace(/[^\p{Script=Han}0-9]/gu, '') + latinLeft(message.replace(SMALLTALK_ZH, ' '))
      : latinLeft(message);
  if (left.length > 0 || message.trim().length === 0) return null;
  if (CLOSING.test(message)) return 'closing';
  return THANKS.test(message) ? 'thanks' : 'greeting';
}
