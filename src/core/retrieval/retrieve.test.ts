import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import { parseDataset } from '../../evals/dataset.js';
import type { NodeAssistant } from '../../runtimes/node/create-assistant.js';

let assistant: NodeAssistant;
beforeAll(async () => {
  ({ assistant } = await buildTestAssistant());
});

const ids = async (query: string) => (await assistant.retrieve(query)).hits.map((h) => h.id);

describe('hybrid retrieval on the dev set', () => {
  it('puts an expected section in the top 3 for at least 90% of questions', async () => {
    const { cases } = parseDataset(readFileSync('evals/dataset.jsonl', 'utf8'));
    const dev = cases.filter((c) => c.expected.length > 0 && !c.history);
    expect(dev.length).toBeGreaterThanOrEqual(40);
    let hits = 0;
    for (const c of dev) if ((await ids(c.question)).slice(0, 3).some((id) => c.expected.includes(id))) hits += 1;
    const hitAt3 = hits / dev.length;
    console.log(`retrieval dev set: hit@3 = ${hitAt3.toFixed(3)} over ${dev.length} questions`);
    expect(hitAt3).toBeGreaterThanOrEqual(0.9);
  });

  it('searches Chinese terms in an English question by their glossary English', async () => {
    expect((await ids('what does the policy say about 首店?')).slice(0, 3)).toContain('M7');
    expect((await ids('anything for 专精特新 firms?')).slice(0, 3)).toContain('M34');
  });

  it("does not let a number in a question outweigh its words, and reads a misspelt 'measure 31'", async () => {
    const ranked = await ids('We sell through livestreams from a small studio, 6 hosts. Anything for us?');
    expect(ranked[0]).toBe('M8');
    expect((await ids('waht does mesure 31 cover'))[0]).toBe('M31');
  });

  it('expands industry shorthand the policy spells out', async () => {
    expect((await ids('we make IVD kits, is there support?')).slice(0, 3)).toContain('M30');
  });
});

describe('explicit references', () => {
  it.each([
    ['What does measure 22 say?', ['M22']],
    ['article 35', ['M35']],
    ['overall requirement 3', ['R3']],
    ['M10', ['M10']],
    ['compare measures 10-12', ['M10', 'M11', 'M12']],
    ['第10条是什么', ['M10']],
  ])('%s -> %j first', async (query, expected) => {
    const retrieval = await assistant.retrieve(query);
    expect(retrieval.strategy).toBe('explicit');
    expect(retrieval.hits.slice(0, expected.length).map((h) => h.id)).toEqual(expected);
  });

  it.each(['eligibility requirements 2025 for grants?', 'items 1000 yuan', 'Which measures 2024 cover AI?'])(
    'does not read a year or an amount as a reference: %s',
    async (query) => {
      const retrieval = await assistant.retrieve(query);
      expect(retrieval.missing).toEqual([]);
      expect(retrieval.strategy).not.toBe('explicit');
    },
  );

  it('reports a measure that does not exist', async () => {
    const retrieval = await assistant.retrieve('What does measure 50 say?');
    expect(retrieval.missing).toEqual(['M50']);
    expect(retrieval.pinned).toBe(0);
  });
});

describe('department and heading queries come from metadata', () => {
  it.each(['What does section III of the measures cover?', '第三部分讲什么？'])(
    'lists a part named by its number: %s',
    async (question) => {
      const retrieval = await assistant.retrieve(question);
      expect(retrieval.strategy).toBe('group');
      expect(retrieval.hits.slice(0, retrieval.pinned).map((h) => h.id)).toEqual(['M34', 'M35', 'M36', 'M37', 'M38', 'M39']);
    },
  );

  it('reads "everything the X handles" as a department list', async () => {
    expect((await assistant.retrieve('everything the Investment Office handles')).strategy).toBe('department');
  });

  it('lists every measure of the Investment Office, completely', async () => {
    const expected = assistant.corpus.sections.filter((s) => s.departments.includes("Jing'an District Investment Office")).map((s) => s.id);
    const retrieval = await assistant.retrieve('Which measures is the Investment Office responsible for?');
    expect(retrieval.strategy).toBe('department');
    expect(retrieval.hits.slice(0, retrieval.pinned).map((h) => h.id)).toEqual(expected);
    expect(expected).toHaveLength(17);
  });

  it('lists the measures under a heading', async () => {
    const retrieval = await assistant.retrieve('list the life and health measures');
    expect(retrieval.strategy).toBe('group');
    expect(retrieval.hits.slice(0, retrieval.pinned).map((h) => h.id)).toEqual(['M30', 'M31', 'M32', 'M33']);
  });

  it('matches a heading by word family ("finance" finds the financial services group)', async () => {
    const retrieval = await assistant.retrieve('What does the policy offer for finance?');
    expect(retrieval.strategy).toBe('group');
    expect(retrieval.hits.slice(0, retrieval.pinned).map((h) => h.id)).toEqual(['M10', 'M11', 'M12', 'M13', 'M14', 'M15']);
  });

  it("does not read a heading into a question that carries the conversation's sections", async () => {
    const question = 'list the life and health measures';
    const carried = await assistant.retrieve(question, { carriedIds: ['M27', 'M28'] });
    expect(carried.strategy).not.toBe('group');
    expect(carried.hits.slice(0, carried.pinned).map((h) => h.id)).toEqual(['M27', 'M28']);
  });

  it('does not list a whole part whose heading shares words with the question but holds none of its best sections', async () => {
    // The technology part's heading shares words with it; moving headquarters is Measures 1-2.
    const retrieval = await assistant.retrieve('我们是一家独角兽公司，计划把总部搬来静安，有哪些政策？');
    expect(retrieval.strategy).toBe('hybrid');
    expect(retrieval.hits.slice(0, 3).map((h) => h.id)).toEqual(expect.arrayContaining(['M2']));
  });

  it('does not list a whole part for a question that says much more than its heading, or asks for departments', async () => {
    const long = await assistant.retrieve(
      'We are a chip design firm leading our segment and want to open a corporate venture arm and also build an integrated-circuit test platform. Which measures fit?',
    );
    expect(long.strategy).toBe('hybrid');
    const departments = await assistant.retrieve('专业服务数字化是哪些部门负责的？');
    expect(departments.strategy).toBe('hybrid');
    expect(departments.hits[0]!.id).toBe('M18');
  });

  it('answers "what does the policy say about X" as one topic, not a whole heading', async () => {
    const retrieval = await assistant.retrieve('What does the policy say about cultural and tourism consumption?');
    expect(retrieval.strategy).toBe('hybrid');
    expect(retrieval.hits[0]!.id).toBe('M24');
  });

  it('does not treat a topic that shares a bureau name as a department list', async () => {
    const retrieval = await assistant.retrieve('Is there support for culture and tourism consumption?');
    expect(retrieval.strategy).toBe('hybrid');
  });
});
