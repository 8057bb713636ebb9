import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOffline } from '../src/core/answer/answer-offline.js';
import { parseConfig } from '../src/core/config.js';
import { createAssistant, type NodeAssistant } from '../src/runtimes/node/create-assistant.js';
import { CORPUS_DIR } from '../src/runtimes/node/load-corpus.js';

// The shipped corpus plus two fictional Chinese documents (test/fixtures/zh-measures-2026, a
// measures document in force 2026-2028, and zh-guide-2026, an application guide implementing some
// of them), dropped in as an operator would, on a day the 2024 measures have expired.
const TODAY = '2026-12-07';
const FIXTURES = ['zh-measures-2026', 'zh-guide-2026'];

async function assistantWith(adjust: (corpusDir: string) => void = () => {}): Promise<NodeAssistant> {
  const corpusDir = mkdtempSync(join(tmpdir(), 'corpus-zh-'));
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  for (const folder of FIXTURES) cpSync(new URL(`./fixtures/${folder}`, import.meta.url), join(corpusDir, folder), { recursive: true });
  adjust(corpusDir);
  return createAssistant(parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'zh-data-')), CORPUS_DIR: corpusDir }));
}

let assistant: NodeAssistant;
beforeAll(async () => {
  assistant = await assistantWith();
}, 60_000);

const ask = (message: string, on: NodeAssistant = assistant) =>
  answerOffline({ corpus: on.corpus, retrieve: on.retrieve, today: TODAY }, { message });

describe('Chinese documents beside the 2024 measures', () => {
  it('answers a Chinese question from the Chinese text itself, with no translation notice', async () => {
    const answer = await ask('租用算力训练模型能拿多少补贴？');
    const measure = answer.citations.find((c) => c.id === 'zh-measures-2026:M2')!;
    expect(measure.quote).toContain('按实际支付算力费用的30%给予补贴');
    expect(measure).not.toHaveProperty('quoteEn');
    expect(answer.notices.map((n) => n.kind)).not.toContain('translation');
    expect(answer.answer).toContain('单个企业每年最高不超过200万元');
  });

  it('gives an English question English framing, the Chinese quote verbatim and the source_language notice', async () => {
    const answer = await ask('How much is the computing power subsidy?');
    expect(answer.language).toBe('en');
    // Each section opens its paragraph with its label and what it says.
    expect(answer.answer).toMatch(/^Part 3 \(支持内容和标准\) of 示科经〔2026〕5号: /);
    expect(answer.answer).toContain('\nMeasure 2 (支持智能算力使用) of 示发改规〔2026〕2号: ');
    expect(answer.answer).toContain('按实际支付算力费用的30%给予补贴');
    expect(
      answer.notices
        .filter((n) => n.kind === 'source_language')
        .map((n) => n.text)
        .join(' '),
    ).toContain('exists in Chinese only');
  });

  it('uses the guide and the measure when both speak to a question, each cited, figures as written', async () => {
    const answer = await ask('算力补贴的比例和上限是多少？');
    expect(answer.citations.map((c) => c.id)).toEqual(['zh-guide-2026:P3', 'zh-measures-2026:M2']);
    expect(answer.answer).toContain('单个企业年度补贴最高不超过200万元');
    expect(answer.answer).not.toContain('政策原文未规定');
  });

  it('does not cover what neither the guide nor the measure states (when the money is paid), and says so', async () => {
    const answer = await ask('算力补贴审批通过以后，多久能拨付到企业账户？');
    expect(answer.refused).toBe(true);
    expect(answer.answer).toMatch(/^现有文件未规定拨付时间和方式。最接近的条款是/);
    expect(answer.related.length).toBeGreaterThan(0);
  });

  it('answers materials, dates and contacts from the guide as written, citing the part', async () => {
    const materials = await ask('申报需要提交哪些材料？');
    expect(materials.citations[0]!.id).toBe('zh-guide-2026:P4');
    for (const item of ['专项资金申报表', '营业执照复印件', '算力服务合同及支付凭证', '上一年度财务审计报告'])
      expect(materials.answer).toContain(item);
    const deadline = await ask('When is the application deadline?');
    expect(deadline.citations[0]!.id).toBe('zh-guide-2026:P5');
    expect(deadline.answer).toContain('2026年11月1日至2027年1月31日');
    const phone = await ask('数据局的联系人是谁，电话多少？');
    expect(phone.answer).toContain('李华，电话：021-5555 0102');
  });

  it('lists a department’s measures in every document, those in force first and the expired ones marked', async () => {
    const answer = await ask('区数据局负责哪些措施？');
    const ids = answer.citations.map((c) => c.id);
    expect(ids.slice(0, 4)).toEqual(['zh-measures-2026:M2', 'zh-measures-2026:M3', 'zh-measures-2026:M4', 'zh-measures-2026:M5']);
    expect(ids).toContain('M29');
    expect(answer.answer).toContain('措施29（加快建设“数通链谷”）（已于2025年12月31日到期）');
  });

  it('puts the document in force first on a shared topic and names the expired one only as expired', async () => {
    const answer = await ask('人才引进有什么支持？');
    expect(answer.citations.map((c) => c.id)).toEqual(['zh-measures-2026:M6', 'M41']);
    expect(answer.answer).toContain('措施41（加强人才引育和服务保障）（已于2025年12月31日到期）');
    expect(answer.notices.find((n) => n.kind === 'validity')!.text).toContain('有效期至2025年12月31日，目前已到期');
  });

  it('ranks the sections in force before close ones of the expired 2024 measures', async () => {
    const answer = await ask('Do you support companies building computing power centres?');
    const ranked = answer.retrieval.hits.map((h) => h.id);
    // The 2024 measures' computing-power measure scores about as well in English (M28, M36).
    expect(ranked.indexOf('zh-measures-2026:M2')).toBeLessThan(ranked.indexOf('M28'));
    expect(ranked.slice(0, 3).every((id) => id.startsWith('zh-'))).toBe(true);
  });

  it('answers validity per document: the one the question names', async () => {
    const current = await ask('示例区人工智能若干措施的有效期到什么时候？');
    expect(current.citations.map((c) => c.id)).toEqual(['zh-measures-2026:VALIDITY']);
    expect(current.answer).toContain('本措施有效期至2028年12月31日，目前仍在有效期内');
    const old = await ask('Are the 2024 Jing’an measures still valid?');
    expect(old.citations[0]!.id).toBe('VALIDITY');
    expect(old.answer).toMatch(/^These measures were valid until 31 December 2025 and have expired/);
  });

  it("answers a question naming one district from that district's documents only", async () => {
    const jingan = await ask("What does Jing'an offer talents for housing?");
    expect(jingan.citations.map((c) => c.id)).toEqual(['M41']);
    // The fixtures' district has no talent housing measure: the 2024 measures' one is Jing'an's, not its.
    const fixture = await ask('示例区对引进人才的住房有什么支持？');
    expect(fixture.citations.every((c) => c.id.startsWith('zh-'))).toBe(true);
    expect(fixture.citations.map((c) => c.id)).not.toContain('M41');
  });

  it('finds a department named only in a Chinese document', async () => {
    const answer = await ask('区建管委负责哪些措施？');
    expect(answer.retrieval.strategy).toBe('department');
    expect(answer.citations.map((c) => c.id)).toEqual(['zh-measures-2026:M8']);
  });

  it('says what replaced the 2024 measures when a later document of the same district is loaded, and nothing when none is', async () => {
    const sameDistrict = await assistantWith((dir) => {
      const file = join(dir, 'zh-measures-2026', 'metadata.json');
      const metadata = JSON.parse(readFileSync(file, 'utf8'));
      metadata.jurisdiction.names.push('静安区');
      writeFileSync(file, JSON.stringify(metadata));
    });
    for (const question of ['What replaced the 2024 measures?', '2024年的措施被什么取代了？']) {
      const answer = await ask(question, sameDistrict);
      expect(answer.retrieval.strategy).toBe('successor');
      expect(answer.citations.map((c) => c.id)).toEqual(['zh-measures-2026:PREAMBLE', 'zh-measures-2026:VALIDITY', 'VALIDITY']);
      expect(answer.answer).toContain('示发改规〔2026〕2号');
      expect(answer.notices.map((n) => n.kind)).toContain('validity');
    }
    const none = await ask('What replaced the 2024 measures?');
    expect(none.retrieval.strategy).not.toBe('successor');
    expect(none.answer).toContain('No later document of the same district is loaded here');
    expect(none.citations.map((c) => c.id)).toContain('VALIDITY');
  }, 60_000);
});

describe('droppable documents', () => {
  /** Words that identify the fixtures: their names, numbers, people, phones and web address. */
  const FIXTURE_WORDS = [
    '示例区',
    '示发改规',
    '示科经',
    '王明',
    '李华',
    '5555',
    'qyfw',
    '算力使用补贴',
    '起降点',
    'zh-measures-2026',
    'zh-guide-2026',
  ];
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });

  it('keeps every word of the fixtures out of the source in src/ (only tests name them)', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const found = files(src)
      // Generated bundles (base64 vectors) are built output, not source, and may hold any letters.
      .filter((file) => !file.endsWith('.test.ts') && !file.includes(`${join('workers', 'generated')}`))
      .flatMap((file) => FIXTURE_WORDS.filter((word) => readFileSync(file, 'utf8').includes(word)).map((word) => `${file}: ${word}`));
    expect(found).toEqual([]);
  });
});
