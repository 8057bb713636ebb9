import type { Language } from './types.js';

const en = {
  title: 'Policy Assistant',
  open: 'Ask about policy',
  close: 'Close assistant',
  newChat: 'New conversation',
  input: 'Your question',
  placeholder: 'Ask about the measures…',
  send: 'Send',
  conversation: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  thinking: 'Thinking…',
  intro: 'Ask a question about the policy, in English or Chinese. Every answer shows the sections it comes from.',
  try: 'Try one of these:',
  sources: 'Sources',
  helpful: 'Helpful',
  unhelpful: 'Not helpful',
  recorded: 'Thanks, your feedback was recorded.',
  feedbackFailed: 'Feedback could not be sent.',
  copy: 'Copy answer',
  copied: 'Answer copied.',
  copyFailed: 'Copying is not available here.',
  retry: 'Retry',
  unreachable: 'The assistant cannot be reached. Check your connection and try again.',
  timeout: 'The assistant took too long to answer. Please try again.',
  rateLimited: 'Too many questions in a short time. Please wait a moment and try again.',
  server: 'The assistant had a problem on its side. Please try again.',
  incomplete: 'The answer was cut off. Please try again.',
  source: 'Source',
  path: 'Section',
  departments: 'Responsible departments',
  none: 'None named',
  loading: 'Loading…',
  sourceFailed: 'The full section could not be loaded.',
  closeSource: 'Close source',
  showEn: 'Show the English original',
  showZh: 'Show the Chinese translation',
  company: 'What applies to my company?',
  closeCompany: 'Close company check',
  describe: 'Describe your company',
  describeHint: 'e.g. A 40-person AI start-up that needs funding and talent',
  needsLegend: 'What do you need? (optional)',
  find: 'Find measures',
  matches: 'Measures that may apply',
  noMatch: 'No measure fits this description. Try adding your industry or what you need.',
  need: 'Need',
  askAbout: 'Ask about this',
  askTemplate: 'What does {label} ({title}) offer, and who handles it?',
  financing: 'Financing',
  talent: 'Talent',
  rnd: 'R&D',
  market: 'Markets',
  space: 'Office space',
  ip: 'Intellectual property',
  brand: 'Brand',
  other: 'Other',
  measure: 'Measure ',
  requirement: 'Overall Requirement ',
  preamble: 'Preamble',
  validity: 'Effective period',
  colon: ': ',
};

export type Strings = typeof en;

const zh: Strings = {
  title: '政策助手',
  open: '政策咨询',
  close: '关闭助手',
  newChat: '新对话',
  input: '您的问题',
  placeholder: '请输入关于措施的问题…',
  send: '发送',
  conversation: '对话',
  you: '您',
  assistant: '助手',
  thinking: '正在思考…',
  intro: '请就政策提问，中英文均可。每个回答都会标明出处条款。',
  try: '可以试试：',
  sources: '出处',
  helpful: '有帮助',
  unhelpful: '没有帮助',
  recorded: '感谢，您的反馈已记录。',
  feedbackFailed: '反馈发送失败。',
  copy: '复制回答',
  copied: '回答已复制。',
  copyFailed: '此处无法复制。',
  retry: '重试',
  unreachable: '无法连接助手，请检查网络后重试。',
  timeout: '助手响应超时，请重试。',
  rateLimited: '提问过于频繁，请稍候再试。',
  server: '助手服务出现问题，请重试。',
  incomplete: '回答未完整送达，请重试。',
  source: '出处',
  path: '所在章节',
  departments: '责任部门',
  none: '未列明',
  loading: '加载中…',
  sourceFailed: '无法加载该条款全文。',
  closeSource: '关闭出处',
  showEn: '查看英文原文',
  showZh: '查看中文译文',
  company: '哪些政策适用于我的企业？',
  closeCompany: '关闭企业匹配',
  describe: '请描述您的企业',
  describeHint: '例如：我们是一家40人的人工智能初创公司，需要融资和人才',
  needsLegend: '您的需求（可选）',
  find: '查找适用措施',
  matches: '可能适用的措施',
  noMatch: '没有措施符合该描述。可以补充行业或需求后再试。',
  need: '需求',
  askAbout: '就此提问',
  askTemplate: '{label}（{title}）有哪些支持？由哪个部门负责？',
  financing: '融资',
  talent: '人才',
  rnd: '研发',
  market: '市场拓展',
  space: '办公空间',
  ip: '知识产权',
  brand: '品牌',
  other: '其他',
  measure: '措施',
  requirement: '总体要求',
  preamble: '前言',
  validity: '有效期',
  colon: '：',
};

export function strings(lang: Language): Strings {
  return lang === 'zh' ? zh : en;
}

/** The needs /api/match knows, in the order the form offers them. */
export const NEEDS = ['financing', 'talent', 'rnd', 'market', 'space', 'ip', 'brand'] as const;

/** A need's name; one the server adds later is shown as it came. */
export function needLabel(t: Strings, need: string): string {
  return (NEEDS as readonly string[]).includes(need) || need === 'other' ? t[need as (typeof NEEDS)[number] | 'other'] : need;
}

/** "M10" -> "Measure 10" / "措施10", "R1" -> "Overall Requirement 1"; a document prefix ("doc:") is not shown. */
export function labelFor(id: string, lang: Language): string {
  const t = strings(lang);
  const local = id.slice(id.indexOf(':') + 1).toUpperCase();
  if (local === 'PREAMBLE') return t.preamble;
  if (local === 'VALIDITY') return t.validity;
  return (local.startsWith('R') ? t.requirement : t.measure) + local.slice(1);
}

/** The language text is written in, for answers saved before the server said (`Answer.language`). */
export function languageOf(text: string): Language {
  const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  const latin = text.replace(/\[[^\]]*\]/g, '').match(/[a-z]+/gi)?.length ?? 0;
  return han > latin ? 'zh' : 'en';
}
