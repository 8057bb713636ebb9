import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { formatAnswerMrkdwn } from './format-mrkdwn.js';
import { renderAnswer, type RenderableAnswer } from './render-blocks.js';
import { SECTION_TEXT_LIMIT, splitMrkdwn } from './split-mrkdwn.js';

const base: RenderableAnswer = {
  answer: "Technology firms can get IP mortgage loans [M10].\nResponsible: Jing'an District Investment Office [M10][R1].",
  citations: [
    { id: 'M10', title: 'Enhancing technology finance', departments: ["Jing'an District Investment Office"] },
    { id: 'R1', title: 'Guiding ideology', departments: [] },
  ],
  refused: false,
  notices: [{ kind: 'validity', text: 'These measures were valid until 31 December 2025.' }],
  conversationId: 'c_AAAAAAAAAAAAAAAAAAAAAA',
  messageId: 'm_BBBBBBBBBBBBBBBBBBBBBB',
};

/** About `length` characters of answer-like text: sentences with markers, lines and paragraphs, & and <. */
function longAnswer(length: number): string {
  const parts: string[] = [];
  for (let i = 0, total = 0; total < length; i++) {
    const sentence = `Sentence ${i} says the district supports R&D <fast> growth for firm ${i % 7} [M${(i % 41) + 1}]${i % 5 === 0 ? '[R2]' : ''}.`;
    const gap = i % 9 === 8 ? '\n\n' : i % 4 === 3 ? '\n' : ' ';
    parts.push(sentence, gap);
    total += sentence.length + gap.length;
  }
  return parts.join('').slice(0, length).trimEnd();
}

const sectionTexts = (blocks: types.KnownBlock[]) =>
  blocks.filter((b): b is types.SectionBlock => b.type === 'section').map((b) => b.text!.text);

describe('renderAnswer', () => {
  it('turns markers into bold labels and lists citations with titles and departments', () => {
    const [message] = renderAnswer(base);
    const json = JSON.stringify(message!.blocks);
    expect(sectionTexts(message!.blocks).join('')).toBe(
      "Technology firms can get IP mortgage loans *Measure 10*.\nResponsible: Jing'an District Investment Office *Measure 10*, *Overall Requirement 1*.",
    );
    expect(json).toContain("*Measure 10* · Enhancing technology finance · Jing'an District Investment Office");
    expect(json).toContain(':warning: These measures were valid until 31 December 2025.');
    expect(json).toContain('view_section:M10');
    expect(json).toContain('view_section:R1');
    expect(json).toContain(
      '"action_id":"feedback_down","text":{"type":"plain_text","text":"👎 Not helpful","emoji":true},"value":"{\\"conversationId\\":\\"c_AAAAAAAAAAAAAAAAAAAAAA\\"',
    );
    expect(json).not.toContain('share_answer');
    expect(message!.text).toBe(
      "Technology firms can get IP mortgage loans (Measure 10).\nResponsible: Jing'an District Investment Office (Measure 10, Overall Requirement 1).",
    );
  });

  it('gives refusals no citations, but keeps notices and feedback', () => {
    const [message] = renderAnswer({ ...base, answer: 'I can only answer questions about the measures.', refused: true });
    const json = JSON.stringify(message!.blocks);
    expect(json).not.toContain('view_section');
    expect(json).not.toContain('Enhancing technology finance');
    expect(json).toContain('valid until');
    expect(json).toContain('feedback_up');
  });

  it('renders a Chinese answer with Chinese labels, departments and buttons', () => {
    const [message] = renderAnswer({
      ...base,
      language: 'zh',
      answer: '可以。推广知识产权质押贷款等金融产品[M10][M15]。',
      citations: [{ id: 'M10', title: '提升科技金融', departments: ['区投资办'] }],
      notices: [
        {
          kind: 'translation',
          text: '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。',
        },
      ],
    });
    const json = JSON.stringify(message!.blocks);
    expect(sectionTexts(message!.blocks).join('')).toBe('可以。推广知识产权质押贷款等金融产品*措施10*、*措施15*。');
    expect(json).toContain('*措施10* · 提升科技金融 · 区投资办');
    expect(json).toContain('查看全文（措施10）');
    expect(json).toContain('{\\"id\\":\\"M10\\",\\"language\\":\\"zh\\"}');
    expect(json).toContain('👍 有帮助');
    expect(message!.text).toBe('可以。推广知识产权质押贷款等金融产品（措施10、措施15）。');
  });

  it('adds "Share in channel" only when asked to', () => {
    expect(JSON.stringify(renderAnswer(base, { shareable: true })[0]!.blocks)).toContain('"action_id":"share_answer"');
  });

  it('splits a 10,000-character answer into section blocks of at most 3000 characters without losing text', () => {
    const answer = longAnswer(10_000);
    const messages = renderAnswer({ ...base, answer });
    expect(messages).toHaveLength(1);
    const texts = sectionTexts(messages[0]!.blocks);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    expect(texts.join('')).toBe(formatAnswerMrkdwn(answer));
    // Cuts fall at boundaries: every block but the last ends a sentence or a line.
    for (const text of texts.slice(0, -1)) expect(text).toMatch(/[.*]\s*$/);
  });

  it('spreads an answer past 50 blocks over several messages, buttons on the last', () => {
    const answer = longAnswer(200_000);
    const messages = renderAnswer({ ...base, answer });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(50);
    expect(messages.flatMap((m) => sectionTexts(m.blocks)).join('')).toBe(formatAnswerMrkdwn(answer));
    expect(JSON.stringify(messages.at(-1)!.blocks)).toContain('feedback_up');
    expect(JSON.stringify(messages[0]!.blocks)).not.toContain('feedback_up');
  });
});

describe('splitMrkdwn', () => {
  it('cuts text without spaces at the limit, never inside a marker run', () => {
    const text = `${'x'.repeat(2995)}[M10][M11]${'y'.repeat(4000)}`;
    const pieces = splitMrkdwn(text);
    expect(pieces.join('')).toBe(formatAnswerMrkdwn(text));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(SECTION_TEXT_LIMIT);
    expect(pieces[1]).toMatch(/^\*Measure 10\*, \*Measure 11\*/);
  });

  it('returns nothing for empty text and one piece for short text', () => {
    expect(splitMrkdwn('')).toEqual([]);
    expect(splitMrkdwn('Short [M1].')).toEqual(['Short *Measure 1*.']);
  });
});
