import type { Answer, Citation } from '../../core/answer/types.js';
import { labelId, type Language } from '../../core/corpus/section.js';
import { encodeAnswerRef } from './answer-ref.js';
import {
  actionsBlocks,
  button,
  contextBlocks,
  MAX_MESSAGE_BLOCKS,
  sectionBlock,
  truncate,
  type Block,
  type SlackMessage,
} from './blocks.js';
import { escapeMrkdwn, formatAnswerMrkdwn, formatAnswerPlain } from './format-mrkdwn.js';
import { encodeSectionView } from './section-view.js';
import { SLACK_TEXT } from './slack-text.js';
import { splitMrkdwn } from './split-mrkdwn.js';

export const ACTION = {
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
  share: 'share_answer',
  /** Followed by ":" and the section id, since action ids must differ within a block. */
  viewSection: 'view_section',
} as const;

/** The parts of an Answer the blocks show; an answer rebuilt from the store has no quotes or scores. */
export type RenderableAnswer = Pick<Answer, 'answer' | 'refused' | 'notices' | 'conversationId' | 'messageId'> & {
  citations: Array<Pick<Citation, 'id' | 'title' | 'departments'>>;
  /** The answer's language: labels ("措施10"), buttons and section views follow it. English when absent. */
  language?: Language;
};

export interface RenderOptions {
  /** Adds "Share in channel" (for answers only the asker sees). */
  shareable?: boolean;
  /** A context line above the answer, in mrkdwn. */
  heading?: string;
}

const FALLBACK_CHARS = 300;

/**
 * An answer as one or more Slack messages: the text in section blocks of at most 3000
 * characters, then notices, cited measures, and buttons on the last message. More than one
 * message only when the text needs more than 50 blocks, so that nothing is cut off.
 */
export function renderAnswer(answer: RenderableAnswer, options: RenderOptions = {}): SlackMessage[] {
  const language = answer.language ?? 'en';
  const format = (raw: string) => formatAnswerMrkdwn(raw, language);
  const body: Block[] = [
    ...contextBlocks(options.heading ? [options.heading] : []),
    ...splitMrkdwn(answer.answer, undefined, format).map(sectionBlock),
  ];
  const trailer: Block[] = [
    ...contextBlocks(answer.notices.map((n) => `:warning: ${escapeMrkdwn(n.text)}`)),
    ...citationBlocks(answer, language),
    ...actionsBlocks(answerButtons(answer, options.shareable ?? false, language)),
  ];
  const text = truncate(formatAnswerPlain(answer.answer, language), FALLBACK_CHARS);
  return paginate(body, trailer).map((blocks) => ({ text, blocks }));
}

function citationBlocks(answer: RenderableAnswer, language: Language): Block[] {
  if (answer.refused || answer.citations.length === 0) return [];
  const lines = answer.citations.map((c) => {
    const departments = c.departments.length > 0 ? ` · ${escapeMrkdwn(c.departments.join(language === 'zh' ? '、' : ', '))}` : '';
    return `*${labelId(c.id, language)}* · ${escapeMrkdwn(c.title)}${departments}`;
  });
  const views = answer.citations.map((c) =>
    button(
      `${ACTION.viewSection}:${c.id}`,
      truncate(SLACK_TEXT[language].viewFullText(labelId(c.id, language)), 75),
      encodeSectionView(c.id, language),
    ),
  );
  return [...contextBlocks(lines), ...actionsBlocks(views)];
}

function answerButtons(answer: RenderableAnswer, shareable: boolean, language: Language) {
  const ref = encodeAnswerRef(answer);
  const text = SLACK_TEXT[language];
  return [
    button(ACTION.feedbackUp, text.helpful, ref),
    button(ACTION.feedbackDown, text.notHelpful, ref),
    ...(shareable ? [button(ACTION.share, text.share, ref, 'primary')] : []),
  ];
}

/** Body blocks in pages of 50; the trailer goes on the last page, or a page of its own when it does not fit. */
function paginate(body: Block[], trailer: Block[]): Block[][] {
  const pages: Block[][] = [];
  for (let i = 0; i < body.length; i += MAX_MESSAGE_BLOCKS) pages.push(body.slice(i, i + MAX_MESSAGE_BLOCKS));
  const last = pages.at(-1);
  if (last && last.length + trailer.length <= MAX_MESSAGE_BLOCKS) last.push(...trailer);
  else pages.push(trailer);
  return pages;
}
