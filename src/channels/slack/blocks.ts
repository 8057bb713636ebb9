import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** Shown in notifications and where blocks cannot be. */
  text: string;
  blocks: Block[];
}

/** Slack's per-message and per-block limits. */
export const MAX_MESSAGE_BLOCKS = 50;
const MAX_CONTEXT_ELEMENTS = 10;
const MAX_ACTION_ELEMENTS = 25;

export function sectionBlock(mrkdwn: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

/** One or more context blocks, since a context block holds at most ten elements. */
export function contextBlocks(mrkdwn: string[]): types.ContextBlock[] {
  return chunk(mrkdwn.filter(Boolean), MAX_CONTEXT_ELEMENTS).map((texts) => ({
    type: 'context',
    elements: texts.map((text) => ({ type: 'mrkdwn', text })),
  }));
}

export function actionsBlocks(buttons: types.Button[]): types.ActionsBlock[] {
  return chunk(buttons, MAX_ACTION_ELEMENTS).map((elements) => ({ type: 'actions', elements }));
}

export function button(actionId: string, text: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text, emoji: true }, value, ...(style ? { style } : {}) };
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
