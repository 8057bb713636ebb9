import type { RespondFn } from '@slack/bolt';
import { detectLanguage } from '../../core/text/detect-language.js';
import { renderAnswer } from './render-blocks.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXT } from './slack-text.js';

/** An answer only the asker sees, with "Share in channel": for `/policy <question>` and "Ask about this". */
export async function answerPrivately(
  deps: SlackDeps,
  respond: RespondFn,
  question: string,
  options: { heading?: string } = {},
): Promise<void> {
  try {
    const answer = await deps.chat.ask({ message: question, channel: 'slack' });
    for (const page of renderAnswer(answer, { shareable: true, heading: options.heading })) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...page });
    }
  } catch (error) {
    deps.logger.error({ err: error }, 'slack private answer failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: SLACK_TEXT[detectLanguage(question)].failure });
  }
}
