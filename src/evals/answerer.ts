import { AppError } from '../core/errors.js';
import type { EvalCase } from './dataset.js';

/** What a pipeline under evaluation returns for one case; ids in the contract's citation-id form. */
export interface CaseAnswer {
  /** The retriever's ranking, best first (hit@k and MRR read it). */
  retrieved: string[];
  /** Ids the answer cites, in order of first mark. */
  cited: string[];
  refused: boolean;
  answer: string;
}

export type CaseAnswerer = (evalCase: EvalCase) => Promise<CaseAnswer>;

/** Bad arguments, an unreadable file or an unreachable server: the run cannot start (exit code 2). */
export class EvalSetupError extends AppError {
  constructor(message: string) {
    super('eval_setup', message);
  }
}
