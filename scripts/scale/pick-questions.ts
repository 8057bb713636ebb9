import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/evals/dataset.js';

export interface QuestionLists {
  en: string[];
  zh: string[];
}

/**
 * `count` questions per language from the dev sets' single-question cases (no history: a
 * follow-up means nothing alone), evenly spaced through the file so that every kind of case
 * (lookups, paraphrases, departments, lists, out of scope) is in the mix.
 */
export function pickQuestions(root: string, count: number): QuestionLists {
  return { en: pickFrom(join(root, 'evals/dataset.jsonl'), count), zh: pickFrom(join(root, 'evals/zh.jsonl'), count) };
}

function pickFrom(file: string, count: number): string[] {
  const { cases, problems } = parseDataset(readFileSync(file, 'utf8'), file);
  if (problems.length > 0) throw new Error(`${file}: ${problems[0]!.message}`);
  const questions = [...new Set(cases.filter((c) => !c.history?.length).map((c) => c.question))];
  if (questions.length < count) throw new Error(`${file} has ${questions.length} single questions, fewer than ${count}`);
  return Array.from({ length: count }, (_, i) => questions[Math.floor((i * questions.length) / count)]!);
}
