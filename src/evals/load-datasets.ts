import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EvalSetupError } from './answerer.js';
import { parseDataset, type ConversationCase, type EvalCase, type MatchCase } from './dataset.js';

export const DEFAULT_DATASET_DIR = 'evals';

export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

export interface LoadedDatasets {
  files: string[];
  cases: EvalCase[];
  conversations: ConversationCase[];
  matches: MatchCase[];
  problems: FileProblem[];
  warnings: FileProblem[];
}

/** Every dev set: the *.jsonl files of the directory, in name order. */
export function listDatasetFiles(dir = DEFAULT_DATASET_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new EvalSetupError(`cannot list datasets in ${dir}: ${(error as Error).message}`);
  }
  const files = names
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
  if (files.length === 0) throw new EvalSetupError(`no *.jsonl dataset in ${dir}`);
  return files;
}

/** Reads and parses each file; an id seen in an earlier line or file is a problem, and its later line is skipped. */
export function loadDatasets(files: string[]): LoadedDatasets {
  const loaded: LoadedDatasets = { files, cases: [], conversations: [], matches: [], problems: [], warnings: [] };
  const seen = new Map<string, string>();
  for (const file of files) {
    const parsed = parseDataset(readText(file), file);
    loaded.problems.push(...parsed.problems.map((p) => ({ file, ...p })));
    loaded.warnings.push(...parsed.warnings.map((p) => ({ file, ...p })));
    const keep = <T extends { id: string; origin?: { line: number } }>(entry: T): boolean => {
      const first = seen.get(entry.id);
      const line = entry.origin?.line ?? 0;
      if (first === undefined) {
        seen.set(entry.id, `${file} line ${line}`);
        return true;
      }
      loaded.problems.push({ file, line, message: `duplicate id ${entry.id} (first at ${first})` });
      return false;
    };
    loaded.cases.push(...parsed.cases.filter(keep));
    loaded.conversations.push(...parsed.conversations.filter(keep));
    loaded.matches.push(...parsed.matches.filter(keep));
  }
  return loaded;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalSetupError(`cannot read dataset ${file}: ${(error as Error).message}`);
  }
}
