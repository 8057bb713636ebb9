import { describe, expect, it } from 'vitest';
import type { Handoff, StoredMessage } from '../../core/storage/store.js';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { HANDOFF_ACTION, HANDOFF_TURNS, renderHandoff } from './render-handoff.js';

const { corpus } = loadCorpus();

const handoff: Handoff = {
  id: 'h_00000000aAAAAAAAAAAAAAAAAAAAAA',
  conversationId: 'c_00000000aAAAAAAAAAAAAAAAAAAAAA',
  status: 'open',
  contact: 'li@example.com <b>',
  note: null,
  slackChannel: 'CHANDOFF',
  slackTs: '1.1',
  staffUser: null,
  createdAt: '2025-03-01T08:00:00.000Z',
  updatedAt: '2025-03-01T08:00:00.000Z',
};

function exchange(i: number, question: string, answer: string, citations: string[]): StoredMessage[] {
  const base = {
    conversationId: handoff.conversationId,
    mode: null,
    refused: false,
    notices: [],
    latencyMs: null,
    trace: null,
    doubts: [],
  };
  return [
    {
      ...base,
      id: `m_q${i}`,
      role: 'user',
      text: question,
      citations: [],
      createdAt: `2025-03-01T07:${String(i).padStart(2, '0')}:00.000Z`,
    },
    {
      ...base,
      id: `m_a${i}`,
      role: 'assistant',
      text: answer,
      citations,
      createdAt: `2025-03-01T07:${String(i).padStart(2, '0')}:01.000Z`,
    },
  ];
}

const texts = (message: ReturnType<typeof renderHandoff>) => JSON.stringify(message.blocks);
const actions = (message: ReturnType<typeof renderHandoff>) =>
  message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => (e as { action_id: string }).action_id) : []));

describe('renderHandoff', () => {
  it('shows the last turns, says how many earlier ones are left out, and names every measure cited', () => {
    const messages = Array.from({ length: 7 }, (_, i) => exchange(i, `Question ${i}?`, `Answer ${i} [M${i + 1}].`, [`M${i + 1}`])).flat();
    const message = renderHandoff({ handoff, channel: 'web', messages }, corpus);
    const json = texts(message);
    expect(json).toContain('Someone asks for a person');
    expect(json).toContain('7 questions');
    expect(json).toContain('4 earlier messages not shown.');
    expect(json).not.toContain('Question 1?');
    expect(json).toContain('Question 6?');
    expect(message.blocks.filter((b) => b.type === 'section')).toHaveLength(1 + HANDOFF_TURNS + 1);
    // Markers become labels in the transcript, and the measures line lists all seven, from the first.
    expect(json).toContain('Answer 6 *Measure 7*.');
    expect(json).toContain(`Measure 1, ${corpus.sectionById.get('M1')!.title}`);
    expect(json).toContain(`Measure 7, ${corpus.sectionById.get('M7')!.title}`);
    // What the person typed cannot inject Slack markup.
    expect(json).toContain('li@example.com &lt;b&gt;');
    expect(actions(message)).toEqual([HANDOFF_ACTION.take, HANDOFF_ACTION.resolve]);
    expect(message.text).toContain('Question 6?');
  });

  it("writes in the enterprise's language and shows who took or resolved it", () => {
    const messages = exchange(1, '科技企业能用专利做抵押贷款吗？', '可以[M10]。', ['M10']);
    const taken = renderHandoff({ handoff: { ...handoff, status: 'taken', staffUser: 'U7' }, channel: 'web', messages }, corpus);
    expect(texts(taken)).toContain('企业请求人工服务');
    expect(texts(taken)).toContain('已由<@U7>接手');
    expect(texts(taken)).toContain(`措施10（${corpus.sectionById.get('M10')!.translations.zh!.title}）`);
    expect(actions(taken)).toEqual([HANDOFF_ACTION.resolve]);
    const resolved = renderHandoff({ handoff: { ...handoff, status: 'resolved', staffUser: 'U7' }, channel: 'slack', messages }, corpus);
    expect(texts(resolved)).toContain('已由<@U7>办结');
    expect(actions(resolved)).toEqual([]);
  });
});
