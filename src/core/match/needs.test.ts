import { describe, expect, it } from 'vitest';
import { detectNeeds } from './needs.js';

describe('detectNeeds', () => {
  it.each([
    ['我们是一家40人的人工智能初创公司，需要融资和人才', ['financing', 'talent']],
    ['想找个园区办公，也想把专利布局做好', ['space', 'ip']],
    ['中华老字号，想做品牌年轻化，参加展会拓展客户', ['market', 'brand']],
    ['We need a bank loan and want to hire PhDs for our lab.', ['financing', 'talent', 'rnd']],
    ['We sell to overseas customers and want a flagship store.', ['market', 'brand']],
    ['We are building cross-chain bridges.', []],
    ['A quiet family bakery.', []],
  ])('%s', (profile, needs) => {
    expect(detectNeeds(profile)).toEqual(needs);
  });
});
