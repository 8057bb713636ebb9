import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { createId, HANDOFF_ID_PATTERN } from '../../core/storage/ids.js';
import { redact } from '../../core/storage/redact.js';
import type { Handoff, HandoffStatus } from '../../core/storage/store.js';
import { renderStoredHandoff } from './handoff-desk.js';
import { mentionsUser, readQuestion } from './message-text.js';
import { HANDOFF_ACTION } from './render-handoff.js';
import type { SlackDeps } from './slack-deps.js';

/** What each button does: from which statuses, to which. A click that finds another status changes nothing. */
const MOVES: Record<string, { from: HandoffStatus[]; to: HandoffStatus }> = {
  [HANDOFF_ACTION.take]: { from: ['open'], to: 'taken' },
  [HANDOFF_ACTION.resolve]: { from: ['open', 'taken'], to: 'resolved' },
};

const STALE_TEXT = 'Someone else got there first, or this hand-off is no longer stored: the message now shows where it stands.';

/** "I'll take it" and "Resolved" under a hand-off: the status is stored, then the message is redrawn to show it. */
export function registerHandoffActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^(${HANDOFF_ACTION.take}|${HANDOFF_ACTION.resolve})$`),
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const move = MOVES[action.action_id]!;
      const id = HANDOFF_ID_PATTERN.test(action.value ?? '') ? action.value! : null;
      const updated = id
        ? await deps.store.updateHandoffStatus(id, { ...move, staffUser: body.user.id, at: new Date().toISOString() })
        : null;
      const current = updated ?? (id ? await deps.store.getHandoff(id) : null);
      if (current?.slackChannel && current.slackTs) {
        await client.chat.update({ channel: current.slackChannel, ts: current.slackTs, ...(await renderStoredHandoff(deps, current)) });
      }
      if (!updated) await respond({ response_type: 'ephemeral', replace_original: false, text: STALE_TEXT });
    },
  );
}

/** The fields of a thread reply that a staff answer is made from. */
export interface StaffReply {
  user: string;
  text?: string;
  ts: string;
  /** Sent with some message events; the display name, when present, is shown to the enterprise. */
  user_profile?: { display_name?: string; real_name?: string };
}

/**
 * A person's reply in a hand-off's thread, added to the enterprise's conversation as a staff
 * message (redacted, like every stored text). The caller has already left out bots, the app
 * itself and edits; a reply that mentions the bot is a question for it, answered as usual.
 */
export async function relayStaffReply(deps: SlackDeps, handoff: Handoff, reply: StaffReply, botUserId: string | undefined) {
  const raw = reply.text ?? '';
  if (mentionsUser(raw, botUserId)) return;
  const text = readQuestion(raw, botUserId);
  if (!text) return;
  const author = reply.user_profile?.display_name || reply.user_profile?.real_name || reply.user;
  const stored = await deps.store.addStaffMessage({
    id: createId('m'),
    handoffId: handoff.id,
    conversationId: handoff.conversationId,
    author,
    text: redact(text),
    slackTs: reply.ts,
    createdAt: new Date().toISOString(),
  });
  if (stored) deps.logger.info({ handoffId: handoff.id }, 'staff reply added to the conversation');
}
