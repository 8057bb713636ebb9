import { describe, expect, it } from 'vitest';
import type { AnswerDraft } from '../answer/types.js';
import type { RetrievalStrategy } from '../retrieval/types.js';
import { assessDoubts } from './assess-doubts.js';

const hit = (id: string, score: number) => ({ id, score, dense: 0, lexical: 0, coverage: 0 });

function draft(cited: string[], hits: Array<[string, number]>, more: { refused?: boolean; strategy?: RetrievalStrategy } = {}) {
  return {
    refused: more.refused ?? false,
    citations: cited.map((id) => ({ id, score: hits.find(([h]) => h === id)?.[1] ?? 0 })),
    retrieval: { strategy: more.strategy ?? 'hybrid', hits: hits.map(([id, score]) => hit(id, score)) },
  } as unknown as Pick<AnswerDraft, 'refused' | 'citations' | 'retrieval' | 'handoff'>;
}

describe('assessDoubts', () => {
  it('trusts a clear lead, and an answer that cites its close runner-up too', () => {
    expect(
      assessDoubts(
        draft(
          ['M10'],
          [
            ['M10', 1],
            ['M15', 0.6],
          ],
        ),
      ),
    ).toEqual([]);
    expect(
      assessDoubts(
        draft(
          ['M10', 'M15'],
          [
            ['M10', 1],
            ['M15', 0.95],
            ['M12', 0.5],
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('doubts an answer whose uncited runner-up scores nearly as high as its first citation, or higher', () => {
    expect(
      assessDoubts(
        draft(
          ['M10'],
          [
            ['M10', 1],
            ['M15', 0.85],
          ],
        ),
      ),
    ).toEqual(['close_runner_up']);
    expect(
      assessDoubts(
        draft(
          ['M15'],
          [
            ['M10', 1],
            ['M15', 0.7],
          ],
        ),
      ),
    ).toEqual(['close_runner_up']);
  });

  it('doubts an answer led by the preamble or an overall requirement that does not rank clearly first', () => {
    expect(
      assessDoubts(
        draft(
          ['R1'],
          [
            ['R1', 0.69],
            ['VALIDITY', 0.5],
          ],
        ),
      ),
    ).toEqual(['general_section']);
    expect(
      assessDoubts(
        draft(
          ['doc:PREAMBLE'],
          [
            ['doc:PREAMBLE', 0.77],
            ['R1', 0.7],
          ],
        ),
      ),
    ).toEqual(['close_runner_up', 'general_section']);
    expect(
      assessDoubts(
        draft(
          ['PREAMBLE'],
          [
            ['PREAMBLE', 1],
            ['VALIDITY', 0.5],
          ],
        ),
      ),
    ).toEqual([]);
  });

  it('judges only ranked, cited answers', () => {
    const close: Array<[string, number]> = [
      ['M10', 1],
      ['M15', 0.99],
    ];
    expect(assessDoubts(draft(['M10'], close, { strategy: 'explicit' }))).toEqual([]);
    expect(assessDoubts(draft([], close, { refused: true }))).toEqual([]);
    expect(assessDoubts(draft([], close))).toEqual([]);
  });
});
