import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-error.js';
import { readText } from './read-text.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readText', () => {
  it('takes every line as a paragraph, as policy.txt has them', () => {
    expect(readText(bytes('一、基本原则\r\n坚持便民高效。\r\n\r\n二、主要任务\n'))).toEqual([
      '一、基本原则',
      '坚持便民高效。',
      '',
      '二、主要任务',
      '',
    ]);
  });

  it('joins a text wrapped at a fixed width, paragraphs between blank lines', () => {
    const wrapped = [
      'To promote river tourism and green shipping along the harbour',
      'front of the county, these Rules are hereby made by us.',
      '',
      'I. General Principles',
      '',
      '1. Putting visitors first. The county keeps its services easy',
      'to find and open late on weekends and public holidays.',
    ].join('\n');
    expect(readText(bytes(wrapped))).toEqual([
      'To promote river tourism and green shipping along the harbour front of the county, these Rules are hereby made by us.',
      'I. General Principles',
      '1. Putting visitors first. The county keeps its services easy to find and open late on weekends and public holidays.',
    ]);
  });

  it('keeps lines of different lengths apart even with a blank line among them', () => {
    const text = '标题\n\n一、基本原则\n坚持便民高效。围绕群众办事需求，压缩审批时限、减少提交材料。\n（责任单位：区政务服务办）';
    expect(readText(bytes(text))).toEqual(text.split('\n'));
  });

  it('refuses text that is not UTF-8', () => {
    expect(() => readText(new Uint8Array([0xb1, 0xbe, 0xb4, 0xeb]))).toThrow(DocumentReadError);
  });
});
