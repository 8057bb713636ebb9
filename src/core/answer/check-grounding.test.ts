import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../runtimes/node/load-corpus.js';
import { checkGrounding } from './check-grounding.js';

const sections = loadCorpus().corpus.sectionById;
const grounded = (answer: string) => checkGrounding(answer, sections).map((s) => s.grounded);

describe('checkGrounding', () => {
  it('accepts quoted sentences and absence statements that name the department', () => {
    expect(grounded('The district will boost intellectual property mortgage loans [M10].')).toEqual([true]);
    expect(
      grounded("The measures do not set out amounts and deadlines for this; ask the Jing'an District Investment Office [M10]."),
    ).toEqual([true]);
  });

  it('rejects a sentence without a marker, with an unknown marker, or claiming what the section does not say', () => {
    expect(grounded('The district will boost intellectual property mortgage loans.')).toEqual([false]);
    expect(grounded('Firms get loans [M99].')).toEqual([false]);
    expect(grounded('Every startup receives a cash grant of five million yuan [M10].')).toEqual([false]);
  });

  it('treats a line ending in ":" as a lead-in, not a sentence', () => {
    expect(
      checkGrounding(
        'Measure 10, Enhancing technology finance:\nThe district will boost intellectual property mortgage loans [M10].',
        sections,
      ),
    ).toHaveLength(1);
  });
});
