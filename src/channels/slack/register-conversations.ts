import type { App } from '@slack/bolt';
import { answerInThread } from './answer-in-thread.js';
import { isQuestion, mentionsUser, readQuestion } from './message-text.js';
import { relayStaffReply } from './register-handoff.js';
import type { SlackDeps } from './slack-deps.js';

/** The fields of a message event this app reads; Bolt's union of message subtypes is wider. */
interface IncomingMessage {
  channel: string;
  channel_type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  user_profile?: { display_name?: string; real_name?: string };
}

/** Subtypes that are still a person writing: a reply also sent to the channel. */
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast']);

/**
 * Mentions in a channel are answered in their thread. In a channel thread the bot speaks only
 * when mentioned, or when it has answered in that thread before and the new message is a
 * question ("who handles that?", "那申请条件呢"): people talking among themselves there ("thanks,
 * that helps") are left alone. Direct messages are always answered. Bot messages (our own
 * included) never are. In the hand-off channel, a person's reply in a hand-off's thread goes to
 * the enterprise's conversation instead.
 */
export function registerConversations(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, context, client }) => {
    if (event.bot_id || event.user === context.botUserId) return;
    const threadTs = event.thread_ts ?? event.ts;
    await answerInThread(deps, client, {
      channel: event.channel,
      threadTs,
      externalKey: `${event.channel}:${threadTs}`,
      text: event.text,
      botUserId: context.botUserId,
    });
  });

  app.event('message', async ({ event, context, client }) => {
    const message = event as IncomingMessage;
    if (!PERSON_SUBTYPES.has(message.subtype) || message.bot_id || !message.user || message.user === context.botUserId) return;
    // Only threads of hand-offs, in the channel they are posted to; replies anywhere else never count.
    if (message.thread_ts && message.channel === deps.config.slack?.handoffChannel) {
      const handoff = await deps.store.findHandoffByThread(message.channel, message.thread_ts);
      if (handoff) {
        await relayStaffReply(deps, handoff, { ...message, user: message.user }, context.botUserId);
        return;
      }
    }
    const text = message.text ?? '';
    const question = { channel: message.channel, text, botUserId: context.botUserId };
    if (message.channel_type === 'im') {
      const externalKey = message.thread_ts ? `${message.channel}:${message.thread_ts}` : message.channel;
      await answerInThread(deps, client, { ...question, threadTs: message.thread_ts, externalKey });
      return;
    }
    // A reply that mentions the bot also arrives as app_mention, which answers it.
    if (!message.thread_ts || mentionsUser(text, context.botUserId)) return;
    if (!isQuestion(readQuestion(text, context.botUserId))) return;
    const externalKey = `${message.channel}:${message.thread_ts}`;
    if (!(await deps.store.findConversationByKey('slack', externalKey))) return;
    await answerInThread(deps, client, { ...question, threadTs: message.thread_ts, externalKey });
  });
}
