import { describe, expect, it } from 'vitest';
import { pickSentences } from './section-sentences.js';

// A guide's amounts part: each item a heading sentence, then the sentence with its figures.
const part = {
  title: '支持标准',
  text: '（一）厂房改造项目。对改造投资不低于500万元的项目，按投资额的10%给予补贴。（二）屋面绿化项目。对绿化面积不低于1000平方米的项目，每平方米补贴50元。',
};

describe('pickSentences', () => {
  it('picks the sentence under the item heading the question names, with its figures', () => {
    expect(pickSentences(part, '屋面绿化项目能补多少？', 1)).toEqual(['对绿化面积不低于1000平方米的项目，每平方米补贴50元。']);
  });

  it('counts a word of the sentence itself above one of its heading', () => {
    expect(pickSentences(part, '厂房改造的项目绿化面积有要求吗？', 1)).toEqual(['对绿化面积不低于1000平方米的项目，每平方米补贴50元。']);
  });

  it('reads a sub-part that says more than a name as an item, not a heading', () => {
    const items = { title: '申报条件', text: '（一）申报单位经营状况良好，财务制度健全。近三年无重大事故。' };
    expect(pickSentences(items, '经营状况有什么要求？', 2)).toEqual(['（一）申报单位经营状况良好，财务制度健全。']);
  });
});
