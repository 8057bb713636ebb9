import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { decodeAnswerRef } from './answer-ref.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { ACTION, renderAnswer } from './render-blocks.js';
import { renderSectionModal } from './render-section.js';
import type { SlackDeps } from './slack-deps.js';
import { loadStoredAnswer } from './stored-answer.js';

const GONE_TEXT = 'That answer is no longer stored, so this button no longer works.';

/** The buttons under an answer: feedback, "Share in channel", and "View full text" per citation. */
export function registerAnswerActions(app: App, deps: SlackDeps): void {
  const sections = deps.corpus.sectionById;

  app.action<BlockAction<ButtonAction>>(new RegExp(`^(${ACTION.feedbackUp}|${ACTION.feedbackDown})$`), async ({ ack, action, respond }) => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    const rating = action.action_id === ACTION.feedbackUp ? 'up' : 'down';
    const stored = ref ? await deps.store.putFeedback({ ...ref, rating, comment: null, createdAt: new Date().toISOString() }) : false;
    await respond({ response_type: 'ephemeral', replace_original: false, text: stored ? 'Thanks, your feedback was recorded.' : GONE_TEXT });
  });

  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, action, body, respond }) => {
    await ack();
    const ref = decodeAnswerRef(action.value);
    const stored = ref ? await loadStoredAnswer(deps, ref) : null;
    if (!stored) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: GONE_TEXT });
      return;
    }
    const heading = `<@${body.user.id}> asked: ${escapeMrkdwn(stored.question)}`;
    for (const page of renderAnswer(stored.answer, { heading })) {
      await respond({ response_type: 'in_channel', replace_original: false, ...page });
    }
    await respond({ delete_original: true });
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.viewSection}:`), async ({ ack, action, body, client }) => {
    await ack();
    const section = sections.get(action.value ?? '');
    if (section) await client.views.open({ trigger_id: body.trigger_id, view: renderSectionModal(section) });
  });
}
