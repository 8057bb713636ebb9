import type { Section } from '../src/core/corpus/section.js';
import type { ConversationCase, EvalCase, MatchCase } from '../src/evals/dataset.js';
import { runEval } from '../src/evals/run-eval-cases.js';
import type { RunInfo } from '../src/evals/run-info.js';

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

/** A Chinese conversation: a question, then thanks (which must cite nothing). */
export const CONVERSATION: ConversationCase = {
  id: 'c1',
  kind: 'conversation',
  language: 'zh',
  origin: { file: 'evals/conversations.jsonl', line: 1 },
  turns: [
    { message: '科技企业能用专利质押贷款吗？', expected: ['M10'], refuse: false },
    { message: '谢谢', expected: [], refuse: false },
  ],
};

export const PROFILES: MatchCase[] = [
  { id: 'p1', kind: 'match', language: 'en', profile: 'A biotech start-up short of money', expected: ['M10'] },
  { id: 'p2', kind: 'match', language: 'zh', profile: '一家外区的餐馆', expected: [] },
];

export const RUN_INFO: RunInfo = {
  commit: 'abc1234',
  mode: 'offline',
  target: 'local core (offline)',
  datasets: ['evals/<img src=x onerror=alert(1)>.jsonl'],
  date: '2026-01-15T08:00:00.000Z',
  today: '2026-01-15',
  questions: 3,
  conversations: 1,
  turns: 2,
  profiles: 2,
};

const CITING_M10 = {
  retrieved: ['M10', 'M11'],
  cited: ['M10'],
  refused: false,
  answer: 'Technology enterprises can get intellectual property pledge financing [M10].',
};

/**
 * A fake pipeline: right on q1, wrong on q2 (answers with a script payload), an error on q3;
 * in the conversation right on the question, wrong on the thanks (cites again); matches p1
 * and leaves p2 unmatched.
 */
export async function runFakeEval() {
  return runEval({
    cases: CASES,
    conversations: [CONVERSATION],
    matches: PROFILES,
    sections: SECTIONS,
    answer: async (c) => {
      if (c.id === 'q1' || c.conversation) return { ...CITING_M10, mode: 'offline' };
      if (c.id === 'q2') return { retrieved: ['M3'], cited: ['M3'], refused: false, answer: '<script>alert("pwned")</script> [M3]' };
      throw new Error('server said no');
    },
    match: async (p) =>
      p.expected.length > 0 ? [{ id: 'M10', need: 'financing', quote: 'We will support intellectual property pledge financing.' }] : [],
  });
}
