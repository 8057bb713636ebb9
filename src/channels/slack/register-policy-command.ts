import type { App, RespondFn } from '@slack/bolt';
import { countMeasures, labelId } from '../../core/corpus/section.js';
import { MAX_MESSAGE } from '../../core/chat/chat-service.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { readQuestion } from './message-text.js';
import { parsePolicyCommand } from './parse-policy-command.js';
import { renderAnswer } from './render-blocks.js';
import { renderHelp, renderSectionMessage } from './render-section.js';
import type { SlackDeps } from './slack-deps.js';

const POLICY_COMMAND = '/policy';

/**
 * `/policy <question>` answers privately, with "Share in channel"; `/policy measure 10`
 * shows a section; an empty `/policy` shows help. Sections and help go in the ack itself;
 * an answer is acked with a "Looking up" line and sent through the response URL.
 */
export function registerPolicyCommand(app: App, deps: SlackDeps): void {
  const sections = deps.corpus.sectionById;

  app.command(POLICY_COMMAND, async ({ command, ack, respond }) => {
    const parsed = parsePolicyCommand(readQuestion(command.text, undefined));
    if (parsed.kind === 'help') {
      await ack({ response_type: 'ephemeral', ...renderHelp(deps.corpus) });
      return;
    }
    if (parsed.kind === 'section') {
      const section = sections.get(parsed.id);
      const measures = countMeasures(deps.corpus.sections);
      await ack(
        section
          ? { response_type: 'ephemeral', ...renderSectionMessage(section) }
          : { response_type: 'ephemeral', text: `There is no ${labelId(parsed.id)}: the measures are numbered 1 to ${measures}.` },
      );
      return;
    }
    if (parsed.text.length > MAX_MESSAGE) {
      await ack({ response_type: 'ephemeral', text: `Please keep questions under ${MAX_MESSAGE} characters.` });
      return;
    }
    await ack({ response_type: 'ephemeral', text: `:mag: Looking up: ${escapeMrkdwn(parsed.text)}` });
    await answerPrivately(deps, respond, parsed.text);
  });
}

async function answerPrivately(deps: SlackDeps, respond: RespondFn, question: string): Promise<void> {
  try {
    const answer = await deps.chat.ask({ message: question, channel: 'slack' });
    for (const page of renderAnswer(answer, { shareable: true })) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...page });
    }
  } catch (error) {
    deps.logger.error({ err: error }, 'slack command failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, I could not answer that just now. Please try again in a moment.' });
  }
}
