import { normalizeText } from '../text/tokenize.js';

export type MessageClass = 'policy' | 'injection' | 'other_jurisdiction' | 'other_task';

/** Attempts to change the assistant's job, its rules or its output, in English and Chinese. */
const INJECTION = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines?|polic(y|ies)|above|previous|prior|everything|constraints?|restrictions?)\b/i,
  /\b(system|hidden|initial|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(you are now|from now on,? you|act as|pretend (to be|you|that)|roleplay|role-play|jailbreak|developer mode|DAN\b|do anything now)/i,
  /\b(reveal|print|show|repeat|output)\b.{0,30}\b(your|the)\s+(instructions|prompt|rules|configuration|api key)/i,
  /\bpretend\b.{0,80}\b(measure|policy|exists?)\b/i,
  /\b(new|updated) (instructions?|rules?)\b|^\s*(system|assistant|developer)\s*:/im,
  /\b(your|the assistant's) (instructions|prompt|rules|guidelines)\b/i,
  /\b(disregard|forget|ignore) (the|this|that) (document|text|policy|measures|context)\b/i,
  /\b(admin|administrator|sudo|root) (override|mode|access)\b|<!--|\bstored (user )?(conversations?|messages|data)\b/i,
  /忽略.{0,10}(指令|规则|提示)|系统提示|扮演/,
];

const JINGAN = /\bjing'?\s?an\b|静安/i;
/** Other Shanghai districts and other cities: their policies are not this assistant's to answer. */
const OTHER_PLACES =
  /\b(pudong|huangpu|xuhui|changning|putuo|hongkou|yangpu|minhang|baoshan|jiading|jinshan|songjiang|qingpu|fengxian|chongming|lingang|beijing|shenzhen|guangzhou|hangzhou|suzhou|nanjing|chengdu|wuhan|tianjin|chongqing|hong kong|singapore)\b|浦东|黄浦|徐汇|长宁|普陀|虹口|杨浦|闵行|宝山|嘉定|金山|松江|青浦|奉贤|崇明|北京|深圳/i;

/** Requests for work that is not answering from the policy: writing, translating, coding, booking. */
const OTHER_TASK =
  /^\s*(please\s+)?(can you\s+|could you\s+)?(write|draft|compose|translate|code|generate|create|book|fill in|calculate|recommend|tell me a joke|sing)\b/i;
const ABOUT_POLICY = /\b(measures?|polic(y|ies)|jing'?an|requirements?|department|bureau|commission)\b|M\d{1,2}\b/i;

export function classifyMessage(message: string): MessageClass {
  const text = normalizeText(message);
  if (INJECTION.some((pattern) => pattern.test(text))) return 'injection';
  if (OTHER_TASK.test(text) && !ABOUT_POLICY.test(text)) return 'other_task';
  if (OTHER_PLACES.test(text) && !JINGAN.test(text)) return 'other_jurisdiction';
  return 'policy';
}
