import type { App, RespondFn } from '@slack/bolt';
import { countMeasures, labelId, type Language } from '../../core/corpus/section.js';
import { MAX_MESSAGE } from '../../core/chat/chat-service.js';
import { detectLanguage } from '../../core/text/detect-language.js';
import { answerPrivately } from './answer-privately.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { readQuestion } from './message-text.js';
import { parsePolicyCommand } from './parse-policy-command.js';
import { renderMatches } from './render-matches.js';
import { renderHelp, renderSectionMessage, sectionNotices } from './render-section.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_TEXT } from './slack-text.js';

const POLICY_COMMAND = '/policy';

/**
 * `/policy <question>` answers privately, with "Share in channel"; `/policy measure 10`
 * (措施10) shows a section; `/policy match <description>` lists the measures that may apply to
 * a company; an empty `/policy` shows help. Sections and help go in the ack itself; answers
 * and matches are acked with a "Looking up" line, in the asker's language, and sent through the
 * response URL.
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
          ? {
              response_type: 'ephemeral',
              ...renderSectionMessage(section, parsed.language, sectionNotices(deps.corpus, section, parsed.language)),
            }
          : { response_type: 'ephemeral', text: describeMissing(labelId(parsed.id, parsed.language), measures, parsed.language) },
      );
      return;
    }
    const text = parsed.kind === 'match' ? parsed.profile : parsed.text;
    const words = SLACK_TEXT[detectLanguage(text)];
    if (text.length > MAX_MESSAGE) {
      await ack({ response_type: 'ephemeral', text: words.tooLong(MAX_MESSAGE) });
      return;
    }
    if (parsed.kind === 'match') {
      await ack({ response_type: 'ephemeral', text: `${words.matching} ${escapeMrkdwn(text)}` });
      await matchPrivately(deps, respond, text);
      return;
    }
    await ack({ response_type: 'ephemeral', text: `${words.lookingUp} ${escapeMrkdwn(text)}` });
    await answerPrivately(deps, respond, text);
  });
}

function describeMissing(label: string, measures: number, language: Language): string {
  return language === 'zh'
    ? `没有${label}：措施编号为1至${measures}。`
    : `There is no ${label}: the measures are numbered 1 to ${measures}.`;
}

async function matchPrivately(deps: SlackDeps, respond: RespondFn, profile: string): Promise<void> {
  try {
    const result = await deps.match({ profile });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderMatches(result, profile) });
  } catch (error) {
    deps.logger.error({ err: error }, 'slack match failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: SLACK_TEXT[detectLanguage(profile)].failure });
  }
}
