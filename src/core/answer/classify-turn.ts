import type { Language } from '../corpus/section.js';

export type SmalltalkKind = 'greeting' | 'thanks' | 'help';

/** Words that make up greetings, thanks, goodbyes and acknowledgements, and nothing else. */
const SMALLTALK_EN = new Set(
  `hi hello hey hiya morning afternoon evening good thanks thank thx ty cheers you so much very lot a many great cool nice perfect awesome ok okay
  got it understood bye goodbye see later that helps helped helpful noted sure fine alright all right wonderful appreciate appreciated the help
  for your yes no fantastic excellent brilliant there everyone again that's that all it it's now everything needed i we`.split(/\s+/),
);
const SMALLTALK_ZH =
  /您好|你好|哈喽|嗨|早上好|上午好|中午好|下午好|晚上好|谢谢|多谢|感谢|辛苦了|辛苦|好的|好滴|好|嗯|哦|明白了|明白|知道了|了解了|了解|收到|懂了|再见|拜拜|没问题|太好了|太棒了|很有帮助|有帮助|就这些|就这样|先这样|没有了|没了|可以了|行了|好吧|行|ok|你的帮助|帮助|帮忙|非常|十分|您|你|啦|了|啊|呀|哈|的|谢/gi;
const THANKS =
  /\b(thanks?|thank you|thx|ty|cheers|appreciate|helps?|helpful|great|perfect|awesome|ok(ay)?|got it|understood|noted|bye|goodbye|that's all|that's it)\b|谢|感谢|辛苦|好的|明白|知道了|了解|收到|再见|拜拜|有帮助|就这些|先这样|行/i;
const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|您好|你好|哈喽|嗨)\b[\s!,.，。！]*/i;
/** Marks of a question, in either language: without one, what follows a greeting is not asked yet. */
const QUESTION =
  /[?？]|\b(what|which|how|who|when|where|why|can|could|is|are|does|do|should|may|tell me)\b|吗|呢|什么|哪|怎么|如何|是否|能否|多少|有没有|请问/i;
const HELP =
  /^\s*(help|\?|what can you do\??|who are you\??|how does this work\??|what do you do\??|你能做什么[？?]?|你是谁[？?]?|怎么用[？?]?|帮助|你会什么[？?]?|能做什么[？?]?)\s*[.!?。！？]*\s*$/i;

/**
 * Smalltalk is a whole message of greetings, thanks or acknowledgements ("thanks, that helps",
 * "好的谢谢"), or a request for help using the assistant. It gets one friendly line and no
 * citations; anything with a question of its own in it is not smalltalk.
 */
export function detectSmalltalk(message: string, language: Language): SmalltalkKind | null {
  if (HELP.test(message)) return 'help';
  // "Hello! Quick question about retail." greets and announces; the question has not come yet.
  const greeting = GREETING.exec(message);
  if (greeting && !QUESTION.test(message.slice(greeting[0].length))) return 'greeting';
  const rest =
    language === 'zh'
      ? message.replace(SMALLTALK_ZH, '').replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '')
      : message
          .toLowerCase()
          .replace(/[^a-z\s']/g, ' ')
          .split(/\s+/)
          .filter((w) => w && !SMALLTALK_EN.has(w))
          .join('');
  if (rest.length > 0 || message.trim().length === 0) return null;
  return THANKS.test(message) ? 'thanks' : 'greeting';
}
