import type { types } from '@slack/bolt';
import { translationNotices } from '../../core/answer/notices.js';
import { documentOf, type Corpus } from '../../core/corpus/corpus.js';
import {
  countMeasures,
  formatSectionHeading,
  formatSectionPath,
  labelSection,
  readSection,
  type Language,
  type Section,
} from '../../core/corpus/section.js';
import { contextBlocks, sectionBlock, truncate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { SLACK_TEXT } from './slack-text.js';
import { SECTION_TEXT_LIMIT, splitMrkdwn } from './split-mrkdwn.js';

/** Slack's limits on header text and modal titles. */
const MAX_HEADER = 150;
const MAX_MODAL_TITLE = 24;

/**
 * A policy section in full, in `language`: heading, where it sits and who is responsible, then its
 * text, and what the text is (our own translation, or a Chinese-only original) when it is not the
 * official text in that language.
 */
function renderSectionBlocks(section: Section, language: Language, notices: string[]): Block[] {
  const text = readSection(section, language);
  const heading = formatSectionHeading({ ...section, title: text.title }, ': ', language);
  const separator = language === 'zh' ? '、' : ', ';
  const colon = language === 'zh' ? '：' : ': ';
  const departments =
    text.departments.length > 0 ? `${SLACK_TEXT[language].responsible}${colon}${escapeMrkdwn(text.departments.join(separator))}` : '';
  return [
    { type: 'header', text: { type: 'plain_text', text: truncate(heading, MAX_HEADER) } },
    ...contextBlocks([escapeMrkdwn(formatSectionPath(text)), departments]),
    ...splitMrkdwn(text.text, SECTION_TEXT_LIMIT, escapeMrkdwn).map(sectionBlock),
    ...contextBlocks(notices.map((n) => `:warning: ${escapeMrkdwn(n)}`)),
  ];
}

/** The translation or source-language notice for showing this section in `language` (none for the official text). */
export function sectionNotices(corpus: Corpus, section: Section, language: Language): string[] {
  return translationNotices([documentOf(corpus, section)], language).map((n) => n.text);
}

export function renderSectionMessage(section: Section, language: Language = 'en', notices: string[] = []): SlackMessage {
  const title = readSection(section, language).title;
  return { text: formatSectionHeading({ ...section, title }, ': ', language), blocks: renderSectionBlocks(section, language, notices) };
}

export function renderSectionModal(section: Section, language: Language = 'en', notices: string[] = []): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: truncate(labelSection(section, language), MAX_MODAL_TITLE) },
    close: { type: 'plain_text', text: SLACK_TEXT[language].close },
    blocks: renderSectionBlocks(section, language, notices),
  };
}

/** Help in both languages: people read the one they ask in. */
export function renderHelp(corpus: Corpus): SlackMessage {
  const measures = countMeasures(corpus.sections);
  const titles = corpus.documents.map((d) => `${escapeMrkdwn(d.metadata.title)} (${escapeMrkdwn(d.metadata.documentNumber)})`);
  const titlesZh = corpus.documents.map((d) => `《${escapeMrkdwn(d.translations.zh?.title ?? d.metadata.title)}》`);
  const english = [
    `*Ask me, in English or Chinese, about the ${titles.join('; ')}.*`,
    '• `/policy <question>`: a private answer, with a button to share it in the channel',
    `• \`/policy measure 10\`: the full text of a measure (1 to ${measures})`,
    '• `/policy match <what your company does and needs>`: the measures that may apply to your company',
    '• Mention me in a channel, or send me a direct message, for an answer in a thread; in that thread, ask follow-up questions (ending in "?") or mention me.',
  ].join('\n');
  const chinese = [
    `*可以用中文或英文向我咨询${titlesZh.join('、')}。*`,
    '• `/policy <问题>`：仅您可见的回答，可一键分享到频道',
    `• \`/policy 措施10\`：查看某项措施全文（1至${measures}）`,
    '• `/policy match <公司做什么、需要什么>`：匹配可能适用于贵公司的措施',
    '• 在频道中@我或给我发私信，我会在话题中回答；在该话题中可继续提问（以“？”结尾）或@我。',
  ].join('\n');
  return { text: 'How to ask the policy assistant / 如何使用政策助手', blocks: [sectionBlock(english), sectionBlock(chinese)] };
}
