import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerOffline } from '../src/core/answer/answer-offline.js';
import { parseConfig } from '../src/core/config.js';
import { createAssistant, type NodeAssistant } from '../src/runtimes/node/create-assistant.js';
import { CORPUS_DIR } from '../src/runtimes/node/load-corpus.js';

// The shipped corpus plus a fictional second document (test/fixtures/example-2026), dropped in
// place as an operator would: a new folder, a restart, nothing else.
let assistant: NodeAssistant;
beforeAll(async () => {
  const corpusDir = mkdtempSync(join(tmpdir(), 'corpus-two-docs-'));
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  cpSync(new URL('./fixtures/example-2026', import.meta.url), join(corpusDir, 'example-2026'), { recursive: true });
  const config = parseConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'two-docs-data-')), CORPUS_DIR: corpusDir });
  assistant = await createAssistant(config);
});

const ask = (message: string, today: string) =>
  answerOffline({ corpus: assistant.corpus, retrieve: assistant.retrieve, today }, { message });

describe('a second document in the corpus', () => {
  it('is read with its own ids, beside the built-in document', () => {
    expect(assistant.corpus.documents.map((d) => d.metadata.id)).toEqual(['example-2026', 'jingan']);
    expect(assistant.corpus.sectionById.get('example-2026:M1')!.title).toBe('Developing drone delivery');
    expect(assistant.corpus.sectionById.get('M10')!.docId).toBe('jingan');
  });

  it('answers what only the second document covers, citing <docId>:M<n> with its title and validity', async () => {
    const answer = await ask('Is there support for companies building drone delivery routes?', '2028-02-01');
    expect(answer.refused).toBe(false);
    expect(answer.citations[0]).toMatchObject({
      id: 'example-2026:M1',
      document: { id: 'example-2026', documentNumber: 'EXD (2026) No.3', validUntil: '2027-12-31' },
    });
    expect(answer.answer).toContain('[example-2026:M1]');
    expect(answer.answer).toContain('of EXD (2026) No.3');
    expect(answer.notices.find((n) => n.kind === 'validity')!.text).toContain('EXD (2026) No.3');
  });

  it('brings its own vocabulary: an everyday word reaches the section that names it otherwise', async () => {
    // Without the folder's vocabulary.json this ranks Measures 35, 2 and 16 first.
    const retrieval = await assistant.retrieve('Support for flying cars?', { language: 'en' });
    expect(retrieval.hits[0]!.id).toBe('example-2026:M1');
  });

  it('still answers the Jing’an questions with bare ids', async () => {
    const answer = await ask('Which measures support elderly care?', '2026-06-01');
    expect(answer.citations.map((c) => c.id)).toEqual(expect.arrayContaining(['M13', 'M32']));
    expect(answer.citations.every((c) => c.document.id === 'jingan')).toBe(true);
  });

  it('puts the document in force first when both cover a topic, and names both', async () => {
    const answer = await ask('Can a technology company get an intellectual property mortgage loan?', '2026-06-01');
    const ids = answer.citations.map((c) => c.id);
    expect(ids[0]).toBe('example-2026:M2');
    expect(ids).toContain('M10');
    const validity = answer.notices.filter((n) => n.kind === 'validity');
    expect(validity).toHaveLength(1);
    expect(validity[0]!.text).toContain('JDDRC D (2024) No.18');
  });
});
