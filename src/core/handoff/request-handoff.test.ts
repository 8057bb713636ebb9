import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../runtimes/node/sqlite-store.js';
import type { HandoffDesk } from '../channel.js';
import { isAppError } from '../errors.js';
import { createId } from '../storage/ids.js';
import type { Conversation, Handoff } from '../storage/store.js';
import { requestHandoff } from './request-handoff.js';

const store = openSqliteStore(':memory:');

async function newConversation(): Promise<Conversation> {
  const conversation: Conversation = { id: createId('c'), channel: 'web', externalKey: null, createdAt: '2025-03-01T08:00:00.000Z' };
  await store.createConversation(conversation);
  return conversation;
}

let posts = 0;

/** A desk that records what it was given and answers like Slack, or fails like an unreachable one. */
function recordingDesk(fail = false): HandoffDesk & { posted: Handoff[] } {
  const posted: Handoff[] = [];
  return {
    posted,
    async post(handoff) {
      if (fail) throw new Error('channel_not_found');
      posted.push(handoff);
      posts += 1;
      return { channel: 'CHANDOFF', ts: `17000000${posts}.000100` };
    },
  };
}

const now = () => new Date('2025-03-01T08:10:00.000Z');

describe('requestHandoff', () => {
  it('posts once, stores where it was posted, keeps the contact as given and redacts the note', async () => {
    const conversation = await newConversation();
    const desk = recordingDesk();
    const handoff = await requestHandoff({ store, desk, now }, conversation, {
      contact: '  13812345678 ',
      note: ' Call me at 13812345678. ',
    });
    expect(handoff).toMatchObject({
      status: 'open',
      contact: '13812345678',
      note: 'Call me at [phone removed].',
      slackChannel: 'CHANDOFF',
      slackTs: '170000001.000100',
      createdAt: '2025-03-01T08:10:00.000Z',
    });
    expect(desk.posted).toEqual([{ ...handoff, slackChannel: null, slackTs: null }]);
    expect(await store.getHandoff(handoff.id)).toEqual(handoff);
    // Asked again while open: the same hand-off, nothing posted.
    expect(await requestHandoff({ store, desk, now }, conversation, {})).toEqual(handoff);
    expect(desk.posted).toHaveLength(1);
  });

  it('stores blank contact and note as absent', async () => {
    const handoff = await requestHandoff({ store, desk: recordingDesk(), now }, await newConversation(), { contact: ' ', note: '' });
    expect(handoff).toMatchObject({ contact: null, note: null });
  });

  it('fails as handoff_unavailable and stores nothing when the desk cannot be reached', async () => {
    const conversation = await newConversation();
    const error = await requestHandoff({ store, desk: recordingDesk(true), now }, conversation, {}).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('handoff_unavailable');
    expect(await store.findActiveHandoff(conversation.id)).toBeNull();
  });
});
