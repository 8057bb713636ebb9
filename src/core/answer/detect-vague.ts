import { contentWords } from '../text/tokenize.js';

/** Words every broad request uses ("is there any support for companies?"): they name no topic. */
const GENERIC_EN = new Set(
  `support supports subsidy subsidies subsidise subsidize company companies enterprise enterprises business businesses firm firms apply
  get getting help funding money benefit benefits incentive incentives offer offers available policy policies measure measures
  anything everything us our we district grant grants eligible qualify scheme schemes programme programs program there any`.split(/\s+/),
);
const GENERIC_ZH =
  /补贴|补助|奖励|资助|扶持|支持|优惠|政策|措施|公司|企业|单位|我们|我司|本公司|申请|申报|享受|能|可以|有|啥|什么|哪些|吗|呢|的|了|都|在|这里|这边|区里|区|一下|请问|想|要|知道/g;

/**
 * A question so broad that no measure can be picked for it ("有什么补贴吗", "what can our company
 * apply for?"): it names no industry, activity or need. It is answered with a request for those,
 * not with a guess. Place names do not count as a topic; a measure's number does.
 */
export function isVague(message: string, places: RegExp): boolean {
  // A number names a measure ("measure 41", "措施15", "第十条"): that is as specific as a question gets.
  if (/\d|第\s*[零一二两三四五六七八九十百]+/.test(message)) return false;
  const text = message.replace(places, ' ');
  if (/\p{Script=Han}/u.test(text)) return text.replace(GENERIC_ZH, '').replace(/[^\p{Script=Han}A-Za-z]/gu, '').length <= 1;
  const words = contentWords(text);
  return words.length > 0 && words.every((w) => GENERIC_EN.has(w));
}
