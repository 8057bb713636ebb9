import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { labelId } from '../../core/corpus/section.js';
import { decodeAnswerRef } from './answer-ref.js';
import { answerInThread } from './answer-in-thread.js';
import { answerPrivately } from './answer-privately.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { ACTION, renderAnswer } from './render-blocks.js';
import { ASK_ABOUT_MATCH } from './render-matches.js';
import { renderSectionModal, sectionNotices } from './render-section.js';
import { decodeSectionView } from './section-view.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXT } from './slack-text.js';
import { loadStoredAnswer } from './stored-answer.js';

const GONE_TEXT = 'That answer is no longer stored, so this button no longer works.';

/**
 * The buttons under an answer: feedback, "Share in channel", and "View full text" per citation;
 * and "Ask about this" under each matched measure.
 */
export function registerAnswerActions(app: App, deps: SlackDeps): void {
  const sections = deps.corpus.sectionById;

  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION.feedbackUp}|${ACTION.feedbackDown})$`), async ({ ack, action, respond }) => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    const rating = action.action_id === ACTION.feedbackUp ? 'up' : 'down';
    const stored = ref ? await deps.store.putFeedback({ ...ref, rating, comment: null, createdAt: new Date().toISOString() }) : false;
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: stored ? 'Thanks, your feedback was recorded.' : GONE_TEXT,
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, action, body, respond }) => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    const stored = ref ? await loadStoredAnswer(deps, ref) : null;
    if (!stored) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: GONE_TEXT });
      return;
    }
    const asked = stored.answer.language === 'zh' ? '问：' : 'asked: ';
    const heading = `<@${body.user.id}> ${asked}${escapeMrkdwn(stored.question)}`;
    for (const page of renderAnswer(stored.answer, { heading })) {
      await respond({ response_type: 'in_channel', replace_original: false, ...page });
    }
    await respond({ delete_original: true });
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.viewSection}:`), async ({ ack, action, body, client }) => {
    await ack();
    const view = decodeSectionView(action.value);
    const section = sections.get(view.id);
    if (section) {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderSectionModal(section, view.language, sectionNotices(deps.corpus, section, view.language)),
      });
    }
  });

  // Asks about a matched measure: in the thread the matches were posted in, else privately.
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ASK_ABOUT_MATCH}:`), async ({ ack, action, body, client, respond, context }) => {
    await ack();
    const view = decodeSectionView(action.value);
    if (!sections.has(view.id)) return;
    const question = SLACK_TEXT[view.language].askAbout(labelId(view.id, view.language));
    const channel = body.channel?.id ?? body.container?.channel_id;
    const threadTs = body.container?.thread_ts as string | undefined;
    if (channel && threadTs) {
      await answerInThread(deps, client, {
        channel,
        threadTs,
        externalKey: `${channel}:${threadTs}`,
        text: question,
        botUserId: context.botUserId,
      });
      return;
    }
    await answerPrivately(deps, respond, question, { heading: `${SLACK_TEXT[view.language].lookingUp} ${escapeMrkdwn(question)}` });
  });
}
