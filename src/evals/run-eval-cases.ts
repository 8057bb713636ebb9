import { performance } from 'node:perf_hooks';
import { checkGrounding } from '../core/answer/check-grounding.js';
import { HISTORY_TURNS } from '../core/answer/types.js';
import type { Section } from '../core/corpus/section.js';
import { detectLanguage } from '../core/text/detect-language.js';
import type { CaseAnswer, CaseAnswerer, CaseMatcher, MatchedMeasure, TurnContext } from './answerer.js';
import type { ConversationCase, EvalCase, MatchCase } from './dataset.js';
import { judgeMatch, type MatchOutcome } from './match-metrics.js';
import { judgeCase, type CaseOutcome } from './metrics.js';
import { summarizeRun, type RunSummary } from './summarize-run.js';

export interface RunEvalOptions {
  /** Single-question cases. */
  cases: EvalCase[];
  conversations?: ConversationCase[];
  /** Company profiles; skipped when there is no matcher (the naive baseline has none). */
  matches?: MatchCase[];
  answer: CaseAnswerer;
  match?: CaseMatcher;
  /** The policy's sections, to check each answer sentence against the text it cites. */
  sections: Section[];
  onCaseDone?: (done: number, total: number) => void;
}

export interface CaseError {
  id: string;
  message: string;
}

export interface EvalRun extends RunSummary {
  /** Questions, then each conversation's turns (`<id>#<n>`, in order, with the history they were asked with). */
  cases: EvalCase[];
  outcomes: CaseOutcome[];
  matchCases: MatchCase[];
  matchOutcomes: MatchOutcome[];
  /** Cases whose answerer threw (a server error, a timeout); scored as empty answers. */
  errors: CaseError[];
  /** The answer modes reported (offline, llm), so a report says what was measured. */
  modes: string[];
}

/** Runs everything one at a time (so latencies are not inflated by each other) and scores it. */
export async function runEval(options: RunEvalOptions): Promise<EvalRun> {
  const { answer, match } = options;
  const conversations = options.conversations ?? [];
  const matchCases = match ? (options.matches ?? []) : [];
  const sectionsById = new Map(options.sections.map((s) => [s.id, s]));
  const cases: EvalCase[] = [];
  const outcomes: CaseOutcome[] = [];
  const matchOutcomes: MatchOutcome[] = [];
  const errors: CaseError[] = [];
  const modes = new Set<string>();
  const total = options.cases.length + conversations.reduce((n, c) => n + c.turns.length, 0) + matchCases.length;
  const done = () => options.onCaseDone?.(outcomes.length + matchOutcomes.length, total);

  const ask = async (evalCase: EvalCase, turn?: TurnContext): Promise<CaseAnswer> => {
    const started = performance.now();
    const result = await attempt(
      evalCase.id,
      () => answer(evalCase, turn),
      errors,
      (message) => ({
        retrieved: [],
        cited: [],
        refused: false,
        answer: `(error: ${message})`,
      }),
    );
    const latencyMs = performance.now() - started;
    if (result.mode) modes.add(result.mode);
    // Greetings, thanks and clarifying questions cite nothing and claim nothing about the policy:
    // no_citation_accuracy scores them, grounding scores the answers that rest on cited text.
    const checks = result.refused || result.cited.length === 0 ? [] : checkGrounding(result.answer, sectionsById);
    const { retrieved, cited, refused, answer: text } = result;
    const scored = { id: evalCase.id, retrieved, cited, refused, answer: text, latencyMs };
    cases.push(evalCase);
    outcomes.push(judgeCase(evalCase, { ...scored, sentences: checks.length, groundedSentences: checks.filter((c) => c.grounded).length }));
    done();
    return result;
  };

  for (const evalCase of options.cases) await ask(evalCase);
  for (const conversation of conversations) {
    const history: NonNullable<EvalCase['history']> = [];
    let conversationId: string | undefined;
    for (const [i, turn] of conversation.turns.entries()) {
      const result = await ask(expandTurn(conversation, i, history), { conversationId });
      conversationId ??= result.conversationId;
      history.push({ role: 'user', content: turn.message }, { role: 'assistant', content: result.answer });
    }
  }
  for (const matchCase of matchCases) {
    const started = performance.now();
    const matches = await attempt<MatchedMeasure[]>(
      matchCase.id,
      () => match!(matchCase),
      errors,
      () => [],
    );
    matchOutcomes.push(judgeMatch(matchCase, { id: matchCase.id, matches, latencyMs: performance.now() - started }));
    done();
  }
  const items = { cases, outcomes, matchCases, matchOutcomes };
  return { ...items, errors, modes: [...modes], ...summarizeRun(items) };
}

/** Turn i of a conversation as a case of its own, asked with the conversation so far (as the server would keep it). */
export function expandTurn(conversation: ConversationCase, i: number, history: NonNullable<EvalCase['history']>): EvalCase {
  const turn = conversation.turns[i]!;
  return {
    id: `${conversation.id}#${i + 1}`,
    question: turn.message,
    expected: turn.expected,
    kind: 'conversation',
    refuse: turn.refuse,
    ...(turn.mention ? { mention: turn.mention } : {}),
    history: history.slice(-HISTORY_TURNS * 2),
    language: conversation.language === 'mixed' ? detectLanguage(turn.message) : conversation.language,
    ...(conversation.origin ? { origin: conversation.origin } : {}),
    conversation: { id: conversation.id, turn: i + 1 },
  };
}

async function attempt<T>(id: string, run: () => Promise<T>, errors: CaseError[], fallback: (message: string) => T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push({ id, message });
    return fallback(message);
  }
}
