import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAssistant } from '../../../test/build-test-assistant.js';
import type { Corpus } from '../corpus/corpus.js';
import { detectIndustries, measuresForIndustry } from './industries.js';

let corpus: Corpus;
beforeAll(async () => {
  ({
    assistant: { corpus },
  } = await buildTestAssistant());
});

describe('detectIndustries', () => {
  it.each([
    ['我们是一家40人的人工智能初创公司，需要融资和人才', ['data-intelligence']],
    ['A medical device maker with 60 staff', ['life-health']],
    ['我们是静安的一家中型律所', ['professional-services']],
    ['We need funding and engineers.', []],
    ['需要融资和人才', []],
  ])('%s', (profile, industries) => {
    expect(detectIndustries(profile)).toEqual(industries);
  });
});

describe('measuresForIndustry', () => {
  it("finds the measures under the part the document's metadata names for the industry", () => {
    expect(measuresForIndustry(corpus, 'data-intelligence').map((s) => s.id)).toEqual(['M25', 'M26', 'M27', 'M28', 'M29']);
    expect(measuresForIndustry(corpus, 'life-health').map((s) => s.id)).toEqual(['M30', 'M31', 'M32', 'M33']);
  });

  it('finds none for an industry no document writes for', () => {
    expect(measuresForIndustry(corpus, 'mining')).toEqual([]);
  });
});
