import { performance } from 'node:perf_hooks';
import { checkGrounding } from '../core/answer/check-grounding.js';
import type { Section } from '../core/corpus/section.js';
import type { CaseAnswerer, CaseAnswer } from './answerer.js';
import type { EvalCase } from './dataset.js';
import { judgeCase, type CaseOutcome } from './metrics.js';
import { summarizeRun, type RunSummary } from './summarize-run.js';

export interface RunEvalOptions {
  cases: EvalCase[];
  answer: CaseAnswerer;
  /** The policy's sections, to check each answer sentence against the text it cites. */
  sections: Section[];
  onCaseDone?: (done: number, total: number) => void;
}

export interface CaseError {
  id: string;
  message: string;
}

export interface EvalRun extends RunSummary {
  cases: EvalCase[];
  outcomes: CaseOutcome[];
  /** Cases whose answerer threw (a server error, a timeout); scored as empty answers. */
  errors: CaseError[];
}

/** Runs every case in order (one at a time, so latencies are not inflated by each other) and scores them. */
export async function runEval(options: RunEvalOptions): Promise<EvalRun> {
  const { cases, answer, onCaseDone } = options;
  const sectionsById = new Map(options.sections.map((s) => [s.id, s]));
  const outcomes: CaseOutcome[] = [];
  const errors: CaseError[] = [];
  for (const evalCase of cases) {
    const started = performance.now();
    let result: CaseAnswer;
    try {
      result = await answer(evalCase);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ id: evalCase.id, message });
      result = { retrieved: [], cited: [], refused: false, answer: `(error: ${message})` };
    }
    const latencyMs = performance.now() - started;
    const checks = result.refused ? [] : checkGrounding(result.answer, sectionsById);
    outcomes.push(
      judgeCase(evalCase, {
        id: evalCase.id,
        ...result,
        sentences: checks.length,
        groundedSentences: checks.filter((check) => check.grounded).length,
        latencyMs,
      }),
    );
    onCaseDone?.(outcomes.length, cases.length);
  }
  return { cases, outcomes, errors, ...summarizeRun(cases, outcomes) };
}
