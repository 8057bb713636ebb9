import { describe, expect, it } from 'vitest';
import { isQuestion, readQuestion } from './message-text.js';
import { parsePolicyCommand } from './parse-policy-command.js';

describe('parsePolicyCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['  help ', { kind: 'help' }],
    ['帮助', { kind: 'help' }],
    ['measure 10', { kind: 'section', id: 'M10', language: 'en' }],
    ['Measure  07', { kind: 'section', id: 'M7', language: 'en' }],
    ['m41', { kind: 'section', id: 'M41', language: 'en' }],
    ['overall requirement 2', { kind: 'section', id: 'R2', language: 'en' }],
    ['preamble', { kind: 'section', id: 'PREAMBLE', language: 'en' }],
    ['effective period', { kind: 'section', id: 'VALIDITY', language: 'en' }],
    ['措施10', { kind: 'section', id: 'M10', language: 'zh' }],
    ['总体要求 2', { kind: 'section', id: 'R2', language: 'zh' }],
    ['有效期', { kind: 'section', id: 'VALIDITY', language: 'zh' }],
    ['match We are an AI start-up and need funding.', { kind: 'match', profile: 'We are an AI start-up and need funding.' }],
    ['Match: biotech', { kind: 'match', profile: 'biotech' }],
    ['匹配 我们是一家生物医药初创企业', { kind: 'match', profile: '我们是一家生物医药初创企业' }],
    ['match', { kind: 'question', text: 'match' }],
    ['matching grants for start-ups?', { kind: 'question', text: 'matching grants for start-ups?' }],
    ['what does measure 10 say?', { kind: 'question', text: 'what does measure 10 say?' }],
  ])('%j', (text, expected) => {
    expect(parsePolicyCommand(text)).toEqual(expected);
  });
});

describe('readQuestion', () => {
  it('removes the bot mention, keeps labels of links and other mentions, and unescapes', () => {
    expect(readQuestion('<@UBOT> Who runs <https://x.example|the fund> &amp; <@U2|li> &lt;now&gt;?', 'UBOT')).toBe(
      'Who runs the fund & li <now>?',
    );
    expect(readQuestion('<@UBOT|policy>', 'UBOT')).toBe('');
  });
});

describe('isQuestion', () => {
  it.each([
    'Who handles that?',
    'and for elderly care',
    'What about biomedicine',
    'Does it cover start-ups',
    '那申请条件呢',
    '我们公司能申请什么支持',
    '这个还有效吗',
    '申请条件？',
  ])('%s is a question', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each(['thanks, that helps', 'OK', 'Great, I will call them tomorrow.', '谢谢，明白了', '好的'])('%s is not', (text) => {
    expect(isQuestion(text)).toBe(false);
  });
});
