import { webApi } from '@slack/bolt';
import type { HandoffDesk } from '../../core/channel.js';
import { AppError } from '../../core/errors.js';
import type { Handoff } from '../../core/storage/store.js';
import { toBoltLogger } from './bolt-logger.js';
import { renderHandoff } from './render-handoff.js';
import type { SlackDeps } from './slack-deps.js';

/** The enterprise is waiting on the POST: a failed call is retried a little, then the caller gets contacts. */
const API_RETRIES = 1;

/** Hand-offs posted to SLACK_HANDOFF_CHANNEL; staff take them with its buttons and answer in its thread. */
export function createSlackHandoffDesk(deps: SlackDeps): HandoffDesk {
  const slack = deps.config.slack;
  const channel = slack?.handoffChannel;
  if (!slack || !channel) throw new AppError('invalid_config', 'hand-offs to Slack need Slack on and SLACK_HANDOFF_CHANNEL');
  const client = new webApi.WebClient(slack.botToken, {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: API_RETRIES },
    logger: toBoltLogger(deps.logger),
  });
  return {
    async post(handoff) {
      const message = await renderStoredHandoff(deps, handoff);
      const posted = await client.chat.postMessage({ channel, ...message, unfurl_links: false, unfurl_media: false });
      // Slack answers with the channel's id, which thread replies carry.
      return { channel: posted.channel ?? channel, ts: posted.ts! };
    },
  };
}

/** The hand-off's message as it stands now, from the store: the conversation may have grown since. */
export async function renderStoredHandoff(deps: SlackDeps, handoff: Handoff) {
  const [conversation, messages] = await Promise.all([
    deps.store.getConversation(handoff.conversationId),
    deps.store.listMessages(handoff.conversationId),
  ]);
  return renderHandoff({ handoff, channel: conversation?.channel ?? 'web', messages }, deps.corpus);
}
