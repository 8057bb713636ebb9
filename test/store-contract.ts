import { expect, it } from 'vitest';
import { createId } from '../src/core/storage/ids.js';
import type { Handoff, Store } from '../src/core/storage/store.js';
import { addExchange } from './store-fixtures.js';

/** What every Store must do, run against SQLite, D1 and PostgreSQL so the engines cannot drift. */
export function testStoreContract(getStore: () => Store): void {
  it('round-trips messages with citations, notices and the retrieval trace', async () => {
    const store = getStore();
    const trace = {
      strategy: 'hybrid',
      retrieved: [
        { id: 'M10', score: 0.83 },
        { id: 'M12', score: 0.41 },
      ],
    };
    const { conversationId, user, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z', { notices: ['validity'], trace });
    expect(await store.listMessages(conversationId)).toEqual([user, assistant]);
  });

  it('finds a keyed conversation, and two simultaneous creations of one key yield one conversation', async () => {
    const store = getStore();
    const make = () => ({
      id: createId('c'),
      channel: 'slack' as const,
      externalKey: 'T1:C1:123.456',
      createdAt: '2025-03-02T00:00:00.000Z',
    });
    const [a, b] = await Promise.all([store.createConversation(make()), store.createConversation(make())]);
    expect(a.id).toBe(b.id);
    expect((await store.findConversationByKey('slack', 'T1:C1:123.456'))?.id).toBe(a.id);
  });

  it('stores both turns or neither', async () => {
    const store = getStore();
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    await expect(
      store.addMessages([
        { ...assistant, id: createId('m') },
        { ...assistant, text: 'again' },
      ]),
    ).rejects.toThrow();
    expect(await store.listMessages(conversationId)).toHaveLength(2);
  });

  it('replaces a repeated rating and refuses an unknown message', async () => {
    const store = getStore();
    const { conversationId, assistant } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const feedback = { conversationId, messageId: assistant.id, comment: null, createdAt: '2025-03-01T09:00:00.000Z' };
    expect(await store.putFeedback({ ...feedback, rating: 'up' })).toBe(true);
    expect(await store.putFeedback({ ...feedback, rating: 'down', comment: 'wrong measure' })).toBe(true);
    expect(await store.getFeedback(assistant.id)).toMatchObject({ rating: 'down', comment: 'wrong measure' });
    expect(await store.putFeedback({ ...feedback, messageId: createId('m'), rating: 'up' })).toBe(false);
    expect(await store.putFeedback({ ...feedback, conversationId: createId('c'), rating: 'up' })).toBe(false);
  });

  it('computes stats and lists down-voted answers with their question and history', async () => {
    const store = getStore();
    const first = await addExchange(store, '2025-03-01T08:00:00.000Z', { latencyMs: 40 }, 'What is Measure 10?');
    const second = await addExchange(
      store,
      '2025-03-01T08:01:00.000Z',
      { conversationId: first.conversationId, text: 'Investment Office [M10][M12]', citations: ['M10', 'M12'], latencyMs: 90 },
      'Who handles that?',
    );
    await addExchange(
      store,
      '2025-03-02T08:00:00.000Z',
      { refused: true, citations: [], notices: ['fallback'], text: 'Out of scope.', latencyMs: 5 },
      'Weather?',
    );
    const at = '2025-03-02T09:00:00.000Z';
    await store.putFeedback({
      conversationId: first.conversationId,
      messageId: first.assistant.id,
      rating: 'up',
      comment: null,
      createdAt: at,
    });
    await store.putFeedback({
      conversationId: first.conversationId,
      messageId: second.assistant.id,
      rating: 'down',
      comment: 'missed M15',
      createdAt: at,
    });

    expect(await store.stats()).toEqual({
      questionsPerDay: [
        { day: '2025-03-01', count: 2 },
        { day: '2025-03-02', count: 1 },
      ],
      answers: 3,
      refusalRate: 1 / 3,
      fallbackRate: 1 / 3,
      mostCited: [
        { id: 'M10', count: 2 },
        { id: 'M12', count: 1 },
      ],
      feedback: { up: 1, down: 1 },
      slowest: [
        { messageId: second.assistant.id, question: 'Who handles that?', latencyMs: 90 },
        { messageId: first.assistant.id, question: 'What is Measure 10?', latencyMs: 40 },
        expect.objectContaining({ question: 'Weather?', latencyMs: 5 }),
      ],
    });
    expect(await store.listFailures({ kind: 'downvoted', limit: 10 })).toEqual([
      expect.objectContaining({
        messageId: second.assistant.id,
        kinds: ['downvoted'],
        question: 'Who handles that?',
        answer: 'Investment Office [M10][M12]',
        cited: ['M10', 'M12'],
        rating: 'down',
        comment: 'missed M15',
        history: [
          { role: 'user', content: 'What is Measure 10?' },
          { role: 'assistant', content: 'See [M10].' },
        ],
      }),
    ]);
  });

  it('lists doubtful answers beside refused and down-voted ones, and only them under kind doubtful', async () => {
    const store = getStore();
    const doubtful = await addExchange(store, '2025-03-03T08:00:00.000Z', { doubts: ['close_runner_up', 'general_section'] }, 'Hi?');
    expect((await store.listMessages(doubtful.conversationId))[1]!.doubts).toEqual(['close_runner_up', 'general_section']);
    await addExchange(store, '2025-03-03T08:01:00.000Z', { refused: true, citations: [], text: 'No.' }, 'Weather?');
    await addExchange(store, '2025-03-03T08:02:00.000Z', {}, 'Fine?');
    expect((await store.listFailures({ kind: 'doubtful', limit: 10 })).map((f) => [f.messageId, f.kinds, f.doubts])).toEqual([
      [doubtful.assistant.id, ['doubtful'], ['close_runner_up', 'general_section']],
    ]);
    expect((await store.listFailures({ limit: 10 })).map((f) => f.question)).toEqual(['Weather?', 'Hi?']);
    expect((await store.listFailures({ kind: 'refused', limit: 10 })).map((f) => f.doubts)).toEqual([[]]);
  });

  it("lists a conversation's ratings and hand-offs, oldest first, and nothing of another conversation", async () => {
    const store = getStore();
    const first = await addExchange(store, '2025-03-04T08:00:00.000Z');
    const second = await addExchange(store, '2025-03-04T08:01:00.000Z', { conversationId: first.conversationId });
    const other = await addExchange(store, '2025-03-04T08:02:00.000Z');
    const rate = (e: typeof first, rating: 'up' | 'down', createdAt: string) =>
      store.putFeedback({ conversationId: e.conversationId, messageId: e.assistant.id, rating, comment: null, createdAt });
    await rate(second, 'down', '2025-03-04T09:00:00.000Z');
    await rate(first, 'up', '2025-03-04T09:01:00.000Z');
    await rate(other, 'up', '2025-03-04T09:02:00.000Z');
    expect((await store.listFeedback(first.conversationId)).map((f) => [f.messageId, f.rating])).toEqual([
      [second.assistant.id, 'down'],
      [first.assistant.id, 'up'],
    ]);
    const later = newHandoff(first.conversationId, '2025-03-04T10:00:00.000Z', '1700000011.000100');
    const earlier = newHandoff(first.conversationId, '2025-03-04T09:30:00.000Z', '1700000010.000100');
    await store.createHandoff(later);
    await store.createHandoff(earlier);
    await store.createHandoff(newHandoff(other.conversationId, '2025-03-04T09:45:00.000Z', '1700000012.000100'));
    expect(await store.listConversationHandoffs(first.conversationId)).toEqual([earlier, later]);
  });

  it('reports empty stats without dividing by zero', async () => {
    expect(await getStore().stats()).toMatchObject({ answers: 0, refusalRate: null, fallbackRate: null, feedback: { up: 0, down: 0 } });
  });

  it('purges old conversations with their messages and feedback, counting conversations', async () => {
    const store = getStore();
    const old = await addExchange(store, '2025-01-01T00:00:00.000Z');
    await store.putFeedback({
      conversationId: old.conversationId,
      messageId: old.assistant.id,
      rating: 'up',
      comment: null,
      createdAt: '2025-01-01T00:00:01.000Z',
    });
    const recent = await addExchange(store, '2025-06-01T00:00:00.000Z');
    expect(await store.purgeBefore('2025-03-01T00:00:00.000Z')).toBe(1);
    expect(await store.listMessages(old.conversationId)).toEqual([]);
    expect(await store.getFeedback(old.assistant.id)).toBeNull();
    expect(await store.listMessages(recent.conversationId)).toHaveLength(2);
  });

  it('claims a delivery once, takes over a stale unfinished claim, and never one that was answered', async () => {
    const store = getStore();
    const [first, second] = [`event:${createId('m')}`, `event:${createId('m')}`];
    const at = '2025-03-01T08:00:00.000Z';
    const staleBefore = '2025-03-01T07:58:00.000Z';
    const claims = await Promise.all([store.claimDelivery(first, at, staleBefore), store.claimDelivery(first, at, staleBefore)]);
    expect(claims.sort()).toEqual([false, true]);
    // Three minutes on, the unfinished claim is stale: the process that took it died.
    const later = '2025-03-01T08:03:00.000Z';
    expect(await store.claimDelivery(first, later, '2025-03-01T08:01:00.000Z')).toBe(true);
    await store.finishDelivery(first, later);
    expect(await store.claimDelivery(first, '2025-03-01T09:00:00.000Z', '2025-03-01T08:58:00.000Z')).toBe(false);
    expect(await store.claimDelivery(second, at, staleBefore)).toBe(true);
    // A day later both are forgotten.
    expect(await store.claimDelivery(first, '2025-03-03T08:00:00.000Z', '2025-03-03T07:58:00.000Z')).toBe(true);
  });

  it('accepts only the known channels', async () => {
    const store = getStore();
    const conversation = { id: createId('c'), externalKey: null, createdAt: '2025-03-01T00:00:00.000Z' };
    await expect(store.createConversation({ ...conversation, channel: 'fax' as never })).rejects.toThrow(/channel must be one of/);
    expect(await store.getConversation(conversation.id)).toBeNull();
  });

  it('stores a hand-off, finds it by its Slack thread, and moves its status only from the expected one', async () => {
    const store = getStore();
    const { conversationId } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const handoff = newHandoff(conversationId, '2025-03-01T08:01:00.000Z', '1700000001.000100');
    await store.createHandoff(handoff);
    expect(await store.getHandoff(handoff.id)).toEqual(handoff);
    expect(await store.findActiveHandoff(conversationId)).toEqual(handoff);
    expect(await store.findHandoffByThread('CHANDOFF', '1700000001.000100')).toEqual(handoff);
    expect(await store.findHandoffByThread('COTHER', '1700000001.000100')).toBeNull();
    const take = { from: ['open' as const], to: 'taken' as const, staffUser: 'U7', at: '2025-03-01T08:02:00.000Z' };
    const [a, b] = await Promise.all([store.updateHandoffStatus(handoff.id, take), store.updateHandoffStatus(handoff.id, take)]);
    expect([a, b].filter(Boolean)).toEqual([{ ...handoff, status: 'taken', staffUser: 'U7', updatedAt: take.at }]);
    const resolved = await store.updateHandoffStatus(handoff.id, { ...take, from: ['open', 'taken'], to: 'resolved' });
    expect(resolved?.status).toBe('resolved');
    expect(await store.updateHandoffStatus(handoff.id, take)).toBeNull();
    expect(await store.findActiveHandoff(conversationId)).toBeNull();
    await expect(store.createHandoff({ ...handoff, id: createId('h'), slackTs: null, status: 'lost' as never })).rejects.toThrow(
      /status must be one of/,
    );
  });

  it('stores each staff reply once, lists them by conversation and counts them per hand-off', async () => {
    const store = getStore();
    const { conversationId } = await addExchange(store, '2025-03-01T08:00:00.000Z');
    const handoff = newHandoff(conversationId, '2025-03-01T08:01:00.000Z', '1700000002.000100');
    await store.createHandoff(handoff);
    const reply = {
      id: createId('m'),
      handoffId: handoff.id,
      conversationId,
      author: 'Li Wei',
      text: 'We will call you tomorrow.',
      slackTs: '1700000003.000100',
      createdAt: '2025-03-01T08:05:00.000Z',
    };
    expect(await store.addStaffMessage(reply)).toBe(true);
    expect(await store.addStaffMessage({ ...reply, id: createId('m') })).toBe(false);
    expect(await store.listStaffMessages(conversationId)).toEqual([reply]);
    const listed = (await store.listHandoffs(10)).find((h) => h.id === handoff.id);
    expect(listed).toEqual({ ...handoff, staffReplies: 1 });
  });

  it('purges hand-offs and staff replies with their conversation', async () => {
    const store = getStore();
    const { conversationId } = await addExchange(store, '2025-01-01T00:00:00.000Z');
    const handoff = newHandoff(conversationId, '2025-01-01T00:01:00.000Z', '1700000004.000100');
    await store.createHandoff(handoff);
    const reply = {
      id: createId('m'),
      handoffId: handoff.id,
      conversationId,
      author: 'U7',
      text: 'Done.',
      slackTs: '1.2',
      createdAt: handoff.createdAt,
    };
    await store.addStaffMessage(reply);
    expect(await store.purgeBefore('2025-03-01T00:00:00.000Z')).toBe(1);
    expect(await store.getHandoff(handoff.id)).toBeNull();
    expect(await store.listStaffMessages(conversationId)).toEqual([]);
  });
}

function newHandoff(conversationId: string, at: string, slackTs: string): Handoff {
  return {
    id: createId('h'),
    conversationId,
    status: 'open',
    contact: 'wechat: li_wei',
    note: 'About the loan',
    slackChannel: 'CHANDOFF',
    slackTs,
    staffUser: null,
    createdAt: at,
    updatedAt: at,
  };
}
