import { labelId, type Language } from '../../core/corpus/section.js';
import type { MatchResult } from '../../core/match/match-company.js';
import { NEED_LABELS } from '../../core/match/needs.js';
import { button, contextBlocks, sectionBlock, truncate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { encodeSectionView } from './section-view.js';
import { SLACK_TEXT } from './slack-text.js';

/** Followed by ":" and the measure's id, since action ids must differ within a message. */
export const ASK_ABOUT_MATCH = 'ask_about_match';

const MAX_QUOTE = 600;
const MAX_PROFILE = 200;

/**
 * The measures matched to a company, as answers show them: one section per measure with the
 * sentence that makes it relevant, the need it serves and the department, and a button that
 * asks about the measure; then the notices. In the description's language.
 */
export function renderMatches(result: MatchResult, profile: string): SlackMessage {
  const { language } = result;
  const text = SLACK_TEXT[language];
  const heading = result.matches.length > 0 ? text.matchHeading(result.matches.length) : text.noMatch;
  const blocks: Block[] = [
    ...contextBlocks([`${text.matching} ${escapeMrkdwn(truncate(profile, MAX_PROFILE))}`]),
    sectionBlock(heading),
    ...result.matches.map((m) => ({
      ...sectionBlock(describeMatch(m, language)),
      accessory: button(`${ASK_ABOUT_MATCH}:${m.id}`, text.askAboutThis, encodeSectionView(m.id, language)),
    })),
    ...contextBlocks(result.notices.map((n) => `:warning: ${escapeMrkdwn(n.text)}`)),
  ];
  const fallback = result.matches.map((m) => labelId(m.id, language)).join(language === 'zh' ? '、' : ', ');
  return { text: fallback ? `${heading.replace(/\*/g, '')} ${fallback}` : heading, blocks };
}

function describeMatch(match: MatchResult['matches'][number], language: Language): string {
  const text = SLACK_TEXT[language];
  const colon = language === 'zh' ? '：' : ': ';
  const details = [`${text.need}${colon}${NEED_LABELS[language][match.reason.need]}`];
  if (match.departments.length > 0) details.push(`${text.responsible}${colon}${match.departments.join(language === 'zh' ? '、' : ', ')}`);
  return [
    `*${labelId(match.id, language)}* · ${escapeMrkdwn(match.title)}`,
    `> ${escapeMrkdwn(truncate(match.reason.quote, MAX_QUOTE))}`,
    escapeMrkdwn(details.join(language === 'zh' ? '；' : ' · ')),
  ].join('\n');
}
