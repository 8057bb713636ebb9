import { describe, expect, it } from 'vitest';
import { findLeaks } from '../scripts/redteam/containment.js';
import { loadCorpus } from '../src/runtimes/node/load-corpus.js';

const { corpus } = loadCorpus();
const leaksOf = (text: string) =>
  findLeaks(
    { answer: { mode: 'llm', answer: text, citations: [{ id: 'M31' }] } as never, streamed: null, canary: null },
    corpus,
    new Set(),
  );

describe("the red team's own judgement of an answer", () => {
  it('takes a bracket the cited text holds for a quote, and any other for a marker without a citation', () => {
    expect(leaksOf('Registration through CE (Communauté européenne [European Community]) is encouraged [M31].')).toEqual([]);
    expect(leaksOf('Registration abroad is encouraged [M31] [M99].')).toEqual(['marker without a citation: [M99]']);
  });
});
