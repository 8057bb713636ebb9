import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadata } from './document.js';
import { parseDocument } from './parse-document.js';

// A fictional application guide (test/fixtures/zh-guide-2026).
const folder = new URL('../../../test/fixtures/zh-guide-2026/', import.meta.url);
const text = readFileSync(new URL('policy.txt', folder), 'utf8');
const metadata = parseMetadata(readFileSync(new URL('metadata.json', folder), 'utf8'), 'metadata.json');

describe('parseGuide', () => {
  const document = parseDocument(text, metadata);
  const byId = new Map(document.sections.map((s) => [s.id.replace('zh-guide-2026:', ''), s]));

  it('makes each top-level part a section P1.., titled by its heading, holding its items', () => {
    expect([...byId.keys()]).toEqual(['PREAMBLE', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(byId.get('P3')!.title).toBe('支持内容和标准');
    expect(byId.get('P3')!.kind).toBe('part');
    expect(byId.get('P3')!.text.split('\n')).toHaveLength(3);
    expect(byId.get('P3')!.text).toContain('按企业实际支付算力费用的30%给予补贴，单个企业年度补贴最高不超过200万元。');
    expect(byId.get('P4')!.text).toContain('2. 营业执照复印件；');
  });

  it('keeps the issuer and the date out of the last part', () => {
    expect(byId.get('P7')!.text).toContain('021-5555 0102');
    expect(byId.get('P7')!.text).not.toContain('委员会');
    expect(document.signatories).toEqual(['示例区科学技术和经济委员会']);
  });

  it('takes a closing paragraph as VALIDITY, and names the line of an empty part', () => {
    const closed = text.replace('示例区科学技术和经济委员会\n2026', '本指南自发布之日起施行。\n示例区科学技术和经济委员会\n2026');
    expect(parseDocument(closed, metadata).sections.at(-1)!.id).toBe('zh-guide-2026:VALIDITY');
    const empty = text.replace('\n2026年11月1日至2027年1月31日，逾期不予受理。', '');
    expect(() => parseDocument(empty, metadata)).toThrow(/policy line 19: part zh-guide-2026:P5 has no text/);
  });
});
