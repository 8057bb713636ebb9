import { AppError } from '../core/errors.js';
import type { EvalCase, MatchCase } from './dataset.js';

/** What a pipeline under evaluation returns for one case; ids in the contract's citation-id form. */
export interface CaseAnswer {
  /** The retriever's ranking, best first (hit@k and MRR read it). */
  retrieved: string[];
  /** Ids the answer cites, in order of first mark. */
  cited: string[];
  refused: boolean;
  answer: string;
  /** The server's conversation, continued by the next turn of a scripted conversation. */
  conversationId?: string;
  /** `offline` or `llm`, as the answer reports it. */
  mode?: string;
}

/** Where a conversation turn continues: the conversation the previous turn's answer opened. */
export interface TurnContext {
  conversationId?: string;
}

export type CaseAnswerer = (evalCase: EvalCase, turn?: TurnContext) => Promise<CaseAnswer>;

/** One measure a matcher proposes, as the contract's match object carries it. */
export interface MatchedMeasure {
  id: string;
  need: string;
  quote: string;
}

/** The matches for one company profile, most relevant first. */
export type CaseMatcher = (matchCase: MatchCase) => Promise<MatchedMeasure[]>;

/** Bad arguments, an unreadable file or an unreachable server: the run cannot start (exit code 2). */
export class EvalSetupError extends AppError {
  constructor(message: string) {
    super('eval_setup', message);
  }
}
