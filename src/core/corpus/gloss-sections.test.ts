import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from './document.js';
import { glossChineseDocument, readWithDictionary } from './gloss-sections.js';

const dictionary = new Map([
  ['无人机', 'drone; unmanned aerial vehicle'],
  ['人机', 'human-machine'],
  ['补贴', 'subsidy'],
  ['企业', 'company; enterprise'],
  ['研究生', 'graduate student'],
  ['生命', 'life'],
  ['锌', 'zinc'],
  ['机', 'machine'],
]);

describe('readWithDictionary', () => {
  it('reads the longest word at each position', () => {
    expect(readWithDictionary('支持无人机企业', dictionary)).toBe('drone; unmanned aerial vehicle company; enterprise');
  });

  it('reads a word that straddles the end of the one before it, not one inside it', () => {
    expect(readWithDictionary('研究生命', dictionary)).toBe('graduate student life');
    expect(readWithDictionary('无人机', dictionary)).toBe('drone; unmanned aerial vehicle');
  });

  it('reads a character alone only where no word holds it', () => {
    expect(readWithDictionary('锌矿无人机', dictionary)).toBe('zinc drone; unmanned aerial vehicle');
  });

  it('reads nothing where it knows no word', () => {
    expect(readWithDictionary('之乎者也', dictionary)).toBe('');
  });
});

describe('glossChineseDocument', () => {
  const document = (language: 'zh' | 'en', gloss?: string) =>
    ({
      metadata: { language },
      sections: [{ id: 'M1', title: '无人机', path: [], text: '给予无人机企业补贴', departments: [], ...(gloss ? { gloss } : {}) }],
    }) as unknown as PolicyDocument;

  it('glosses with the glossary and the dictionary, which keeps the senses of the glossary’s terms', () => {
    const glossed = glossChineseDocument(document('zh'), [{ zh: '补贴', en: 'subsidies grants' }], dictionary);
    expect(glossed.sections[0]!.gloss).toBe(
      'subsidies grants drone; unmanned aerial vehicle drone; unmanned aerial vehicle company; enterprise subsidy',
    );
  });

  it('keeps a gloss made before (the Worker’s prebuilt documents) and leaves English documents alone', () => {
    expect(glossChineseDocument(document('zh', 'kept'), [], dictionary).sections[0]!.gloss).toBe('kept');
    expect(glossChineseDocument(document('en'), [], dictionary).sections[0]!.gloss).toBeUndefined();
  });
});
