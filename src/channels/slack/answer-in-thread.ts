import type { webApi } from '@slack/bolt';
import { MAX_MESSAGE } from '../../core/chat/chat-service.js';
import { detectLanguage } from '../../core/text/detect-language.js';
import { readQuestion } from './message-text.js';
import { renderAnswer } from './render-blocks.js';
import { renderHelp } from './render-section.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXT } from './slack-text.js';

export interface ThreadQuestion {
  channel: string;
  /** Where the answer goes; undefined for a top-level reply in a direct message. */
  threadTs: string | undefined;
  /** Finds the conversation again for follow-ups: `${channel}:${threadTs}`, or the DM channel. */
  externalKey: string;
  text: string;
  botUserId: string | undefined;
}

/** Posts "Answering..." at once, then replaces it with the answer (extra messages only past 50 blocks), in the asker's language. */
export async function answerInThread(deps: SlackDeps, client: webApi.WebClient, question: ThreadQuestion): Promise<void> {
  const { channel, threadTs } = question;
  const message = readQuestion(question.text, question.botUserId);
  if (!message) {
    await client.chat.postMessage({ channel, thread_ts: threadTs, ...renderHelp(deps.corpus) });
    return;
  }
  const words = SLACK_TEXT[detectLanguage(message)];
  if (message.length > MAX_MESSAGE) {
    await client.chat.postMessage({ channel, thread_ts: threadTs, text: words.tooLong(MAX_MESSAGE) });
    return;
  }
  const progress = await client.chat.postMessage({ channel, thread_ts: threadTs, text: words.answering });
  const ts = progress.ts!;
  try {
    const answer = await deps.chat.ask({ message, channel: 'slack', externalKey: question.externalKey });
    const [first, ...rest] = renderAnswer(answer);
    await client.chat.update({ channel, ts, ...first! });
    for (const page of rest) await client.chat.postMessage({ channel, thread_ts: threadTs, ...page });
  } catch (error) {
    deps.logger.error({ err: error, channel }, 'slack answer failed');
    await client.chat.update({ channel, ts, text: words.failure });
  }
}
