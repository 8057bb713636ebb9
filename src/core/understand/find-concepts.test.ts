import { describe, expect, it } from 'vitest';
import { type ConceptVocabulary, findConcepts } from './find-concepts.js';

const NONE: ConceptVocabulary = { places: /(?!)/g, glossary: () => ({ terms: [] }) };
const words = (message: string, language: 'en' | 'zh', vocabulary = NONE) => findConcepts(message, language, vocabulary).map((c) => c.word);

describe('findConcepts', () => {
  it('keeps the words naming the topic, not how the question is framed or what it asks for', () => {
    expect(words('Does the district help companies like ours with a VAT rebate?', 'en')).toEqual(['vat', 'rebate']);
    expect(words('How much is the maximum subsidy for a kindergarten, and whom do we call?', 'en')).toEqual(['kindergarten']);
  });

  it('reads a misspelt frame word as the frame word', () => {
    expect(words('waht does the mesure say about kindergartens', 'en')).toEqual(['kindergartens']);
    // One letter too many, and the same question again (the verdicts are remembered per word).
    for (let i = 0; i < 2; i++) expect(words('what does the measuure say about kindergartens', 'en')).toEqual(['kindergartens']);
  });

  it('drops the places the documents cover', () => {
    expect(words('Where can we park near Nanjing West Road?', 'en', { ...NONE, places: /nanjing west road/gi })).toEqual(['park']);
  });

  it('cuts Chinese into words, leaving out stop words, frame words and ask words', () => {
    const found = words('区里对民办学校的办学许可有没有说法？电话多少？', 'zh');
    expect(found).toEqual(expect.arrayContaining(['学校', '办学', '许可']));
    for (const frame of ['区里', '说法', '电话', '多少', '有没有']) expect(found).not.toContain(frame);
  });

  it('keeps Latin words in a Chinese question', () => {
    expect(words('ICP备案怎么办', 'zh')).toContain('icp');
  });

  it("takes the glossary's terms whole", () => {
    const glossary = (text: string) => ({ terms: text.includes('会计师事务所') ? ['会计师事务所'] : [] });
    expect(words('我们会计师事务所想做数字化', 'zh', { ...NONE, glossary })).toContain('会计师事务所');
  });

  it('marks the words of the last clause, where the question asks', () => {
    const concepts = findConcepts('我们的首席科学家从新加坡回来，人才公寓能申请吗？', 'zh', NONE);
    expect(concepts.filter((c) => c.inAsk).map((c) => c.word)).toEqual(['人才', '公寓']);
  });

  it('reads a clause that only asks ("静安有吗") as asking about the clause before it', () => {
    const concepts = findConcepts('我们是做电池回收的初创公司，想找个好点的孵化器入驻，静安有吗', 'zh', NONE);
    expect(concepts.filter((c) => c.inAsk && !c.weak).map((c) => c.word)).toContain('孵化器');
    expect(concepts.find((c) => c.word === '电池')?.inAsk).toBe(false);
  });

  it('marks phrase fragments as weak evidence', () => {
    const concepts = findConcepts('我们是一家烘焙店', 'zh', NONE);
    expect(concepts.find((c) => c.word === '一家')?.weak).toBe(true);
    expect(concepts.find((c) => c.word === '烘焙')?.weak ?? false).toBe(false);
  });

  it('joins characters the segmenter leaves alone into a word, never across a removed span or after a particle', () => {
    const glossary = (text: string) => ({ terms: text.includes('养老') ? ['养老'] : [] });
    expect(words('新开养老院每张床位补贴多少钱', 'zh', { ...NONE, glossary })).not.toContain('新开院');
    expect(words('公司的注销流程是啥', 'zh')).toContain('注销');
    expect(words('这个文件哪天发的', 'zh')).not.toContain('天发');
  });
});
