import { describe, expect, it } from 'vitest';
import { DocumentReadError } from './document-error.js';
import { readText } from './read-text.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readText', () => {
  it('takes every line as a paragraph, as policy.txt has them', () => {
    expect(readText(bytes('一、总体要求\r\n坚持企业为先。\r\n\r\n二、培育新兴产业\n'))).toEqual([
      '一、总体要求',
      '坚持企业为先。',
      '',
      '二、培育新兴产业',
      '',
    ]);
  });

  it('joins a text wrapped at a fixed width, paragraphs between blank lines', () => {
    const wrapped = [
      'In order to support low-altitude logistics and technology',
      'finance in the district, these Measures are hereby made.',
      '',
      'I. Overall Requirements',
      '',
      '1. Serving enterprises first. We will keep the support simple',
      'and predictable for every enterprise in the district.',
    ].join('\n');
    expect(readText(bytes(wrapped))).toEqual([
      'In order to support low-altitude logistics and technology finance in the district, these Measures are hereby made.',
      'I. Overall Requirements',
      '1. Serving enterprises first. We will keep the support simple and predictable for every enterprise in the district.',
    ]);
  });

  it('keeps lines of different lengths apart even with a blank line among them', () => {
    const text = '标题\n\n一、总体要求\n坚持企业为先。以企业需求为导向，让支持政策简明、稳定、可预期。\n（责任部门：区商务委）';
    expect(readText(bytes(text))).toEqual(text.split('\n'));
  });

  it('refuses text that is not UTF-8', () => {
    expect(() => readText(new Uint8Array([0xb1, 0xbe, 0xb4, 0xeb]))).toThrow(DocumentReadError);
  });
});
