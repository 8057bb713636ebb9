import { parseConfig } from '../core/config.js';
import { listDatasetFiles, loadDatasets } from './load-datasets.js';
import { createLocalAnswerer } from './local-answerer.js';
import { runEval } from './run-eval-cases.js';

/** What a snapshot keeps of one answer: enough to see that a change of mechanism changed no answer. */
export interface AnswerSnapshot {
  id: string;
  answer: string;
  cited: string[];
  refused: boolean;
}

export const SNAPSHOT_FILE = 'evals/snapshots/answers.jsonl';
/** The dev sets and every held-out round: the turns a refactor must leave unchanged. */
export const SNAPSHOT_DIRS = ['evals', 'evals/heldout'];
/** A fixed date, so validity wording does not change with the calendar. */
const SNAPSHOT_TODAY = '2026-01-15';

/** Answers every dev and held-out question and conversation turn offline, in file order. */
export async function snapshotAnswers(dataDir: string): Promise<AnswerSnapshot[]> {
  const data = loadDatasets(SNAPSHOT_DIRS.flatMap((dir) => listDatasetFiles(dir)));
  const target = await createLocalAnswerer(parseConfig({ DATA_DIR: dataDir }), SNAPSHOT_TODAY);
  const run = await runEval({ cases: data.cases, conversations: data.conversations, answer: target.answer, sections: target.sections });
  return run.outcomes.map((o) => ({ id: o.id, answer: o.answer, cited: o.cited, refused: o.refused }));
}

export function formatSnapshot(snapshots: AnswerSnapshot[]): string {
  return `${snapshots.map((s) => JSON.stringify(s)).join('\n')}\n`;
}
