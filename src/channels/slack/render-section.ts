import type { Corpus } from '../../core/corpus/corpus.js';
import type { types } from '@slack/bolt';
import { countMeasures, formatSectionHeading, formatSectionPath, labelSection, type Section } from '../../core/corpus/section.js';
import { contextBlocks, sectionBlock, truncate, type Block, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './format-mrkdwn.js';
import { SECTION_TEXT_LIMIT, splitMrkdwn } from './split-mrkdwn.js';

/** Slack's limits on header text and modal titles. */
const MAX_HEADER = 150;
const MAX_MODAL_TITLE = 24;

/** A policy section in full: heading, where it sits and who is responsible, then its text. */
function renderSectionBlocks(section: Section): Block[] {
  const departments = section.departments.length > 0 ? `Responsible: ${escapeMrkdwn(section.departments.join(', '))}` : '';
  return [
    { type: 'header', text: { type: 'plain_text', text: truncate(formatSectionHeading(section, ': '), MAX_HEADER) } },
    ...contextBlocks([escapeMrkdwn(formatSectionPath(section)), departments]),
    ...splitMrkdwn(section.text, SECTION_TEXT_LIMIT, escapeMrkdwn).map(sectionBlock),
  ];
}

export function renderSectionMessage(section: Section): SlackMessage {
  return { text: formatSectionHeading(section, ': '), blocks: renderSectionBlocks(section) };
}

export function renderSectionModal(section: Section): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: truncate(labelSection(section), MAX_MODAL_TITLE) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: renderSectionBlocks(section),
  };
}

export function renderHelp(corpus: Corpus): SlackMessage {
  const measures = countMeasures(corpus.sections);
  const titles = corpus.documents.map((d) => `${escapeMrkdwn(d.metadata.title)} (${escapeMrkdwn(d.metadata.documentNumber)})`);
  const text = [
    `*Ask me, in English or Chinese, about the ${titles.join('; ')}.*`,
    '• `/policy <question>`: a private answer, with a button to share it in the channel',
    `• \`/policy measure 10\`: the full text of a measure (1 to ${measures})`,
    '• Mention me in a channel, or send me a direct message, for an answer in a thread; reply in that thread to follow up.',
  ].join('\n');
  return { text: 'How to ask the policy assistant', blocks: [sectionBlock(text)] };
}
