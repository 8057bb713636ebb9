import type { Language } from '../../core/corpus/section.js';

/** Everything the Slack app says in its own words, in the asker's language. */
export const SLACK_TEXT: Record<
  Language,
  {
    answering: string;
    lookingUp: string;
    matching: string;
    failure: string;
    tooLong: (max: number) => string;
    responsible: string;
    need: string;
    helpful: string;
    notHelpful: string;
    share: string;
    viewFullText: (label: string) => string;
    askAboutThis: string;
    askAbout: (label: string) => string;
    matchHeading: (n: number) => string;
    noMatch: string;
    close: string;
  }
> = {
  en: {
    answering: ':hourglass_flowing_sand: Answering...',
    lookingUp: ':mag: Looking up:',
    matching: ':mag: Matching measures to:',
    failure: 'Sorry, I could not answer that just now. Please try again in a moment.',
    tooLong: (max) => `Please keep questions under ${max} characters.`,
    responsible: 'Responsible',
    need: 'Need',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    share: 'Share in channel',
    viewFullText: (label) => `View full text (${label})`,
    askAboutThis: 'Ask about this',
    askAbout: (label) => `What does ${label} offer, and who is responsible?`,
    matchHeading: (n) => `*${n} measure${n === 1 ? '' : 's'} may apply to your company*, most relevant first:`,
    noMatch:
      'No measure in the policy applies to this description. Try naming your industry and what you need (financing, talent, R&D, markets, space, IP, brand).',
    close: 'Close',
  },
  zh: {
    answering: ':hourglass_flowing_sand: 正在回答…',
    lookingUp: ':mag: 正在查询：',
    matching: ':mag: 正在匹配措施：',
    failure: '抱歉，暂时无法回答，请稍后再试。',
    tooLong: (max) => `问题请控制在${max}字以内。`,
    responsible: '责任部门',
    need: '需求',
    helpful: '👍 有帮助',
    notHelpful: '👎 没帮助',
    share: '分享到频道',
    viewFullText: (label) => `查看全文（${label}）`,
    askAboutThis: '问问这一条',
    askAbout: (label) => `${label}有哪些支持？由哪个部门负责？`,
    matchHeading: (n) => `*可能适用于贵公司的措施共${n}项*，按相关度排列：`,
    noMatch: '政策中没有适用于该描述的措施。可以写明所在行业和需求（融资、人才、研发、市场、场地、知识产权、品牌）再试。',
    close: '关闭',
  },
};
