import type { Corpus } from '../../core/corpus/corpus.js';
import { formatSectionHeading, labelId, readSection, type Language } from '../../core/corpus/section.js';
import type { Channel, Handoff, StoredMessage } from '../../core/storage/store.js';
import { detectLanguage } from '../../core/text/detect-language.js';
import { actionsBlocks, button, contextBlocks, sectionBlock, truncate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn, formatAnswerMrkdwn } from './format-mrkdwn.js';

/** How much of the conversation staff see in the message: the rest is in the admin view. */
export const HANDOFF_TURNS = 10;
/** Per turn, so ten turns stay far inside one message's limits (3000 characters a block). */
const TURN_CHARS = 1200;

export const HANDOFF_ACTION = { take: 'handoff_take', resolve: 'handoff_resolve' } as const;

const WORDS: Record<
  Language,
  {
    source: Record<Channel, string>;
    heading: (source: string, questions: number) => string;
    lastQuestion: string;
    enterprise: string;
    assistant: string;
    earlier: (n: number) => string;
    measures: string;
    contact: string;
    note: string;
    none: string;
    status: Record<Handoff['status'], (user: string | null) => string>;
    take: string;
    resolve: string;
    howToReply: string;
  }
> = {
  en: {
    source: { web: 'the web widget', slack: 'Slack', api: 'the API', cli: 'the command line' },
    heading: (source, n) => `:raising_hand: *Someone asks for a person* (from ${source}, ${n} question${n === 1 ? '' : 's'})`,
    lastQuestion: 'Last question',
    enterprise: 'Enterprise',
    assistant: 'Assistant',
    earlier: (n) => `${n} earlier message${n === 1 ? '' : 's'} not shown.`,
    measures: 'Measures cited',
    contact: 'Contact',
    note: 'Note',
    none: 'none given',
    status: {
      open: () => ':large_orange_circle: Open: nobody has taken it yet.',
      taken: (user) => `:large_blue_circle: Taken by <@${user}>.`,
      resolved: (user) => `:white_check_mark: Resolved by <@${user}>.`,
    },
    take: "I'll take it",
    resolve: 'Resolved',
    howToReply:
      'Reply in this thread to answer them: each reply by a person appears in their conversation. Phone numbers and e-mail addresses in replies are removed, as in everything stored; mention the bot to ask it instead.',
  },
  zh: {
    source: { web: '网页助手', slack: 'Slack', api: 'API', cli: '命令行' },
    heading: (source, n) => `:raising_hand: *企业请求人工服务*（来自${source}，共提问${n}次）`,
    lastQuestion: '最后的问题',
    enterprise: '企业',
    assistant: '助手',
    earlier: (n) => `更早的${n}条消息未显示。`,
    measures: '引用的措施',
    contact: '联系方式',
    note: '留言',
    none: '未填写',
    status: {
      open: () => ':large_orange_circle: 待处理：尚无人接手。',
      taken: (user) => `:large_blue_circle: 已由<@${user}>接手。`,
      resolved: (user) => `:white_check_mark: 已由<@${user}>办结。`,
    },
    take: '我来处理',
    resolve: '已办结',
    howToReply:
      '在本消息的话题中回复即可答复企业：真人的每条回复都会出现在企业的对话中。与其他存储内容一样，回复中的电话号码和电子邮箱会被删除；如需向机器人提问，请@它。',
  },
};

export interface HandoffView {
  handoff: Handoff;
  /** Where the conversation came from. */
  channel: Channel;
  /** The whole conversation as stored (redacted), oldest first. */
  messages: StoredMessage[];
}

/**
 * The one message staff see for a hand-off: a summary line, the last turns, the measures cited
 * by name, the contact and note, the status, and the buttons that move it on. Written in the
 * enterprise's language, so staff answer in it.
 */
export function renderHandoff(view: HandoffView, corpus: Corpus): SlackMessage {
  const { handoff, messages } = view;
  const questions = messages.filter((m) => m.role === 'user');
  const last = questions.at(-1)?.text ?? '';
  const language = detectLanguage(last);
  const words = WORDS[language];
  const summary = `${words.heading(words.source[view.channel], questions.length)}\n*${words.lastQuestion}:* ${escapeMrkdwn(truncate(last, 300))}`;
  const shown = messages.slice(-HANDOFF_TURNS);
  const blocks: Block[] = [
    sectionBlock(summary),
    ...(messages.length > shown.length ? contextBlocks([words.earlier(messages.length - shown.length)]) : []),
    ...shown.map((m) =>
      m.role === 'user'
        ? sectionBlock(`*${words.enterprise}:* ${escapeMrkdwn(truncate(m.text, TURN_CHARS))}`)
        : sectionBlock(`*${words.assistant}:* ${formatAnswerMrkdwn(truncate(m.text, TURN_CHARS), language)}`),
    ),
    sectionBlock(
      [
        `*${words.measures}:* ${citedMeasures(messages, corpus, language).join('; ') || words.none}`,
        `*${words.contact}:* ${handoff.contact ? escapeMrkdwn(handoff.contact) : words.none}`,
        `*${words.note}:* ${handoff.note ? escapeMrkdwn(handoff.note) : words.none}`,
      ].join('\n'),
    ),
    ...contextBlocks([words.status[handoff.status](handoff.staffUser)]),
    ...actionsBlocks([
      ...(handoff.status === 'open' ? [button(HANDOFF_ACTION.take, words.take, handoff.id, 'primary')] : []),
      ...(handoff.status === 'resolved' ? [] : [button(HANDOFF_ACTION.resolve, words.resolve, handoff.id)]),
    ]),
    ...(handoff.status === 'resolved' ? [] : contextBlocks([words.howToReply])),
  ];
  return { text: `${words.heading(words.source[view.channel], questions.length).replace(/[*]/g, '')}: ${truncate(last, 300)}`, blocks };
}

/** Every section the conversation's answers cited, in order of first citation, by label and title. */
function citedMeasures(messages: StoredMessage[], corpus: Corpus, language: Language): string[] {
  const ids = [...new Set(messages.flatMap((m) => (m.role === 'assistant' ? m.citations : [])))];
  return ids.map((id) => {
    const section = corpus.sectionById.get(id);
    if (!section) return labelId(id, language);
    return escapeMrkdwn(formatSectionHeading({ ...section, title: readSection(section, language).title }, ', ', language));
  });
}
