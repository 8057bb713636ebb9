import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadata } from './document.js';
import { parseDocument } from './parse-document.js';

// A fictional document in the official Chinese layout (test/fixtures/zh-measures-2026).
const folder = new URL('../../../test/fixtures/zh-measures-2026/', import.meta.url);
const text = readFileSync(new URL('policy.txt', folder), 'utf8');
const metadata = parseMetadata(readFileSync(new URL('metadata.json', folder), 'utf8'), 'metadata.json');
const parse = (t: string) => parseDocument(t, metadata);
const lineOf = (doc: string, start: string) => doc.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('parseChineseMeasures', () => {
  const document = parse(text);
  const byId = new Map(document.sections.map((s) => [s.id.replace('zh-measures-2026:', ''), s]));

  it('numbers requirements and unnumbered measures in order of appearance, with the preamble and the period', () => {
    expect([...byId.keys()]).toEqual(['PREAMBLE', 'R1', 'R2', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8', 'VALIDITY']);
    expect(byId.get('PREAMBLE')!.text).toContain('制定本措施。');
    expect(byId.get('VALIDITY')!.text).toContain('有效期至2028年12月31日');
  });

  it('takes the lead sentence as the title and the parts as the path', () => {
    expect(byId.get('M1')!.title).toBe('支持人工智能企业落户');
    expect(byId.get('R2')!.title).toBe('坚持特色集聚发展');
    expect(byId.get('M4')!.path).toEqual(['二、支持产业集聚发展', '（二）数据要素产业']);
    expect(byId.get('M6')!.path).toEqual(['三、优化发展环境']);
  });

  it('reads departments at the end of a paragraph, on their own line and after 责任单位, without the line in the text', () => {
    expect(byId.get('M1')!.departments).toEqual(['区科经委', '区投资办']);
    expect(byId.get('M1')!.text).not.toContain('责任部门');
    expect(byId.get('M2')!.departments).toEqual(['区科经委', '区数据局']);
    expect(byId.get('M5')!.departments).toEqual(['区数据局']);
    expect(byId.get('R1')!.departments).toEqual([]);
  });

  it('attaches the footnote to the measure holding its marker', () => {
    expect(byId.get('M2')!.text).toMatch(/200万元\[1\]。\n\[1\] 智能算力费用/);
    expect(byId.get('M8')!.text).not.toContain('[1]');
  });

  it('attaches a footnote printed after the signature, and keeps it out of the issuing bodies', () => {
    const note = text.split('\n').find((l) => l.startsWith('[1]'))!;
    const moved = parse(`${text.replace(`${note}\n`, '').trimEnd()}\n${note}\n`);
    const m2 = moved.sections.find((s) => s.id.endsWith(':M2'))!;
    expect(m2.text).toContain(note);
    expect(moved.signatories).toEqual(metadata.issuers);
  });

  it('keeps the issuing bodies, not the date line', () => {
    expect(document.signatories).toEqual(metadata.issuers);
  });

  it('reads numbered measures (1. and （1）) to the same ids', () => {
    const numbered = text
      .replace('\n支持人工智能企业落户。', '\n1. 支持人工智能企业落户。')
      .replace('\n支持智能算力使用。', '\n（2）支持智能算力使用。');
    expect(parse(numbered).sections.map((s) => `${s.id} ${s.title}`)).toEqual(document.sections.map((s) => `${s.id} ${s.title}`));
  });

  it('names the line of a measure without departments, a part out of order, a stray footnote and a missing closing', () => {
    const noDepartments = text.replace('\n（责任部门：区科经委、区数据局）\n', '\n');
    expect(() => parse(noDepartments)).toThrow(
      `policy line ${lineOf(noDepartments, '鼓励大模型')}: zh-measures-2026:M2 has no departments line`,
    );
    const order = text.replace('\n三、优化发展环境', '\n四、优化发展环境');
    expect(() => parse(order)).toThrow(`policy line ${lineOf(order, '四、')}: expected part 3`);
    const stray = text.replace('[1] 智能算力', '[2] 智能算力');
    expect(() => parse(stray)).toThrow(`policy line ${lineOf(stray, '[2]')}: footnote [2] has no marker in the text`);
    const open = text.replace(/\n本措施自[\s\S]*$/, '\n');
    expect(() => parse(open)).toThrow(/no closing paragraph \(施行 \/ 有效期至\)/);
    expect(() => parse('只有一行')).toThrow(/policy line 1/);
  });
});
