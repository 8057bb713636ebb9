import { describe, expect, it } from 'vitest';
import { readQuestion } from './message-text.js';
import { parsePolicyCommand } from './parse-policy-command.js';

describe('parsePolicyCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['  help ', { kind: 'help' }],
    ['measure 10', { kind: 'section', id: 'M10' }],
    ['Measure  07', { kind: 'section', id: 'M7' }],
    ['m41', { kind: 'section', id: 'M41' }],
    ['overall requirement 2', { kind: 'section', id: 'R2' }],
    ['preamble', { kind: 'section', id: 'PREAMBLE' }],
    ['effective period', { kind: 'section', id: 'VALIDITY' }],
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
