import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../corpus/corpus.js';
import { parseMetadata } from '../corpus/document.js';
import { parseDocument } from '../corpus/parse-document.js';
import { askedGuidePartsIn, createGuideTopicFinder } from './guide-topics.js';

// A fictional application guide (test/fixtures/zh-guide-2026): parts P1 支持对象 ... P7 联系方式.
const folder = new URL('../../../test/fixtures/zh-guide-2026/', import.meta.url);
const guide = parseDocument(
  readFileSync(new URL('policy.txt', folder), 'utf8'),
  parseMetadata(readFileSync(new URL('metadata.json', folder), 'utf8'), 'metadata.json'),
);
const corpus = createCorpus([guide]);
const ids = (found: string[]) => found.map((id) => id.replace('zh-guide-2026:', ''));

describe('createGuideTopicFinder', () => {
  const find = createGuideTopicFinder(corpus);

  it('finds the part a question asks by its topic, in either language', () => {
    expect(ids(find('申报需要提交哪些材料？', 'zh'))).toEqual(['P4']);
    expect(ids(find('Is there a hotline for questions?', 'en'))).toEqual(['P7']);
    expect(ids(find('What must a project have done to apply?', 'en'))).toEqual(['P2']);
  });

  it('puts the most telling topic first when a question asks several', () => {
    expect(ids(find('By what time must the paper materials be handed in?', 'en'))).toEqual(['P5', 'P4']);
    expect(ids(find('Where do we deliver the application? What is the address?', 'en'))).toEqual(['P6', 'P7']);
  });

  it('finds nothing for a question that asks none of them', () => {
    expect(find('有没有支持养猪场的补贴？', 'zh')).toEqual([]);
  });
});

describe('askedGuidePartsIn', () => {
  it('says which topic each part is asked by', () => {
    expect(askedGuidePartsIn(corpus)('能补多少？联系电话是多少？', 'zh')).toEqual([
      { id: 'zh-guide-2026:P7', topic: 'contacts' },
      { id: 'zh-guide-2026:P3', topic: 'amounts' },
    ]);
  });
});
