const en = {
  title: 'Policy Assistant',
  subtitle: "Jing'an District industrial measures, JDDRC D (2024) No.18",
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
  intro: 'Ask a question about the district measures. Every answer shows the sections it comes from.',
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
  sourceFailed: 'This section could not be loaded.',
  closeSource: 'Close source',
  showSource: 'show source',
  measure: 'Measure',
  requirement: 'Overall Requirement',
  preamble: 'Preamble',
  validity: 'Effective period',
};

export type Strings = typeof en;

const zh: Strings = {
  title: '政策助手',
  subtitle: '静安区产业发展措施（JDDRC D (2024) No.18）',
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
  intro: '请就区级措施提问。每个回答都会标明出处条款。政策原文为英文，用英文提问效果最佳。',
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
  sourceFailed: '无法加载该条款。',
  closeSource: '关闭出处',
  showSource: '查看出处',
  measure: '措施',
  requirement: '总体要求',
  preamble: '序言',
  validity: '有效期',
};

export function strings(lang: 'en' | 'zh'): Strings {
  return lang === 'zh' ? zh : en;
}

/** "M10" -> "Measure 10", "R1" -> "Overall Requirement 1"; a document prefix ("doc:") is not shown. */
export function labelFor(id: string, t: Strings): string {
  const local = id.slice(id.indexOf(':') + 1).toUpperCase();
  if (local === 'PREAMBLE') return t.preamble;
  if (local === 'VALIDITY') return t.validity;
  const kind = local.startsWith('R') ? t.requirement : t.measure;
  return `${kind} ${local.slice(1)}`;
}

export const STARTERS = [
  'Can a tech company get a loan backed by its patents?',
  'Which measures support biomedicine?',
  'Who is responsible for technology finance?',
  'How long are these measures valid?',
];
