import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../core/corpus/corpus.js';
import type { StoredMessage } from '../../core/storage/store.js';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { findContacts, HOTLINE, sectionContacts } from './handoff-contacts.js';

const shipped = loadCorpus().corpus;
const m10 = shipped.sectionById.get('M10')!;

/** A fixture: the shipped document states no contacts, so these are made up for the test. */
const corpus = createCorpus(
  shipped.documents.map((d) => ({
    ...d,
    metadata: {
      ...d.metadata,
      contacts: [
        { department: m10.translations.zh!.departments[0]!, phone: '021-0000 0001' },
        { department: m10.departments[0]!, url: 'https://example.gov.cn/contact' },
        { department: 'An office no section names', phone: '021-0000 0002' },
      ],
    },
  })),
);

const answer = (citations: string[]): StoredMessage => ({
  id: 'm_a',
  conversationId: 'c_a',
  role: 'assistant',
  text: '',
  citations,
  mode: 'offline',
  refused: false,
  notices: [],
  latencyMs: null,
  trace: null,
  doubts: [],
  createdAt: '2025-03-01T00:00:00.000Z',
});

describe('findContacts', () => {
  it("lists the cited sections' departments by their English or Chinese names, once each, then the hotline", () => {
    expect(findContacts(corpus, [answer(['M10']), answer(['M10', 'R1'])])).toEqual([
      { department: m10.translations.zh!.departments[0], phone: '021-0000 0001' },
      { department: m10.departments[0], url: 'https://example.gov.cn/contact' },
      HOTLINE,
    ]);
  });

  it('gives the hotline alone when nothing was cited or no document states contacts', () => {
    expect(findContacts(corpus, [])).toEqual([HOTLINE]);
    expect(findContacts(shipped, [answer(['M10'])])).toEqual([HOTLINE]);
  });
});

describe('sectionContacts', () => {
  it("gives the section's departments' contacts for the source drawer, and none for a section whose departments have none", () => {
    expect(sectionContacts(corpus, corpus.sectionById.get('M10')!)).toEqual([
      { department: m10.translations.zh!.departments[0], phone: '021-0000 0001' },
      { department: m10.departments[0], url: 'https://example.gov.cn/contact' },
    ]);
    expect(sectionContacts(corpus, corpus.sectionById.get('M41')!)).toEqual([]);
    expect(sectionContacts(shipped, m10)).toEqual([]);
  });
});
