import type { Section } from '../src/core/corpus/section.js';
import type { EvalCase } from '../src/evals/dataset.js';
import { runEval } from '../src/evals/run-eval-cases.js';

/** Shared by the report tests: a one-section policy and a fake pipeline with a pass, a failure and an error. */
export const SECTIONS: Section[] = [
  {
    id: 'M10',
    docId: 'jingan',
    translations: {},
    kind: 'measure',
    number: 10,
    title: 'Enhancing technology finance',
    path: ['II. Supporting Industry Agglomeration'],
    text: 'Enhancing technology finance. We will support intellectual property pledge financing for technology enterprises.',
    departments: ["Jing'an District Investment Office"],
  },
];

export const CASES: EvalCase[] = [
  { id: 'q1', question: 'Can a tech firm pledge patents for a loan?', expected: ['M10'], kind: 'paraphrase', refuse: false },
  { id: 'q2', question: '<script>alert("x")</script> weather?', expected: [], kind: 'out_of_scope', refuse: true },
  { id: 'q3', question: 'Who handles it?', expected: ['M10'], kind: 'followup', refuse: false, mention: ['Investment Office'] },
];

/** A fake pipeline: right on q1, wrong on q2 (answers with a script payload), half right on q3. */
export async function runFakeEval() {
  return runEval({
    cases: CASES,
    sections: SECTIONS,
    answer: async (c) => {
      if (c.id === 'q1') return { retrieved: ['M10', 'M11'], cited: ['M10'], refused: false, answer: 'Technology enterprises can get intellectual property pledge financing [M10].' };
      if (c.id === 'q2') return { retrieved: ['M3'], cited: ['M3'], refused: false, answer: '<script>alert("pwned")</script> [M3]' };
      throw new Error('server said no');
    },
  });
}

