import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeDocument } from './describe-document.js';
import { CORPUS_DIR, loadDocument } from './load-corpus.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));

describe('describeDocument (npm run ingest -- --check)', () => {
  it('shows a Chinese measures document: ids of its unnumbered measures, departments, period and issuers', () => {
    const text = describeDocument(loadDocument(fixture('zh-measures-2026')));
    expect(text).toContain('language zh, shape measures; issued 2026-02-15, valid until 2028-12-31');
    expect(text).toContain('8 measures, 2 overall requirements');
    expect(text).toContain('cited as zh-measures-2026:M1');
    expect(text).toContain('    M8 拓展低空飞行应用空间 (区建管委、区科经委)');
    expect(text).toContain('validity: 本措施自2026年3月1日起施行');
    expect(text).toContain('issued by: 示例区发展和改革委员会; 示例区科学技术和经济委员会');
  });

  it('shows a guide by its parts and contacts', () => {
    const text = describeDocument(loadDocument(fixture('zh-guide-2026')));
    expect(text).toContain('7 parts: zh-guide-2026:P1 支持对象; zh-guide-2026:P2 申报条件;');
    expect(text).toContain('cited as zh-guide-2026:P1');
    expect(text).toContain('contacts: 区科经委, 021-5555 0101, 示例区示例路100号3楼, https://qyfw.example.gov.cn');
  });

  it('still shows the built-in English document as before', () => {
    const text = describeDocument(loadDocument(`${CORPUS_DIR}/jingan`));
    expect(text).toContain('47 sections (PREAMBLE ... VALIDITY): 41 measures, 4 overall requirements');
    expect(text).toContain('cited as M1 (bare ids: the primary document)');
  });
});
