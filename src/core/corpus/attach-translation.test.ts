import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../runtimes/node/load-corpus.js';
import { attachTranslation } from './attach-translation.js';

const { corpus } = loadCorpus();
const jingan = corpus.documentById.get('jingan')!;
const translation = readFileSync(`${CORPUS_DIR}/jingan/policy.zh.json`, 'utf8');
const untranslated = { ...jingan, sections: jingan.sections.map((s) => ({ ...s, translations: {} })), translations: {} };

describe('the Chinese translation', () => {
  it('has exactly one Chinese section for every English section, by id, with a title and text', () => {
    const ids = Object.keys(JSON.parse(translation).sections);
    expect(ids.sort()).toEqual(jingan.sections.map((s) => s.id).sort());
    for (const section of jingan.sections) {
      const zh = section.translations.zh!;
      expect(zh.text.length).toBeGreaterThan(0);
      expect(zh.title.length).toBeGreaterThan(0);
      expect(zh.path).toHaveLength(section.path.length);
    }
  });

  it('maps the departments one to one, with the short names the original uses', () => {
    const pairs = new Map<string, string>();
    for (const section of jingan.sections) {
      for (const [i, name] of section.departments.entries()) pairs.set(name, section.translations.zh!.departments[i]!);
    }
    expect(new Set(pairs.values()).size).toBe(pairs.size);
    expect(pairs.get("Jing'an District Investment Office")).toBe('区投资办');
    expect(pairs.get("Jing'an District Technology and Economy Commission")).toBe('区科经委');
    expect(pairs.get("Jing'an District Talent Bureau")).toBe('区人才局');
  });

  it('is labelled as our own translation', () => {
    expect(jingan.translations.zh).toMatchObject({
      official: false,
      notice: '以下中文是本项目根据英文文本自行翻译的，不是官方发布的中文原文，仅供参考；条文以官方发布的文件为准。',
    });
  });

  it('rejects a translation that misses a section, adds one, or gives two departments one name', () => {
    const parsed = JSON.parse(translation);
    const { M10: _dropped, ...missing } = parsed.sections;
    expect(() => attachTranslation(untranslated, JSON.stringify({ ...parsed, sections: missing }), 'zh.json')).toThrow(
      'section M10 has no translation',
    );
    const extra = { ...parsed.sections, M42: { title: '多余', text: '多余。' } };
    expect(() => attachTranslation(untranslated, JSON.stringify({ ...parsed, sections: extra }), 'zh.json')).toThrow('M42 do not exist');
    const departments = { ...parsed.departments, "Jing'an District Talent Bureau": '区投资办' };
    expect(() => attachTranslation(untranslated, JSON.stringify({ ...parsed, departments }), 'zh.json')).toThrow('two departments share');
  });
});
