import { buildComparisonRows, buildMatchRows, buildRunRows, formatTable } from './format-table.js';
import type { EvalRun } from './run-eval-cases.js';

/** "190 questions, 106 turns in 18 conversations, 48 company profiles", leaving out what the run has none of. */
export function countScored(run: EvalRun): string {
  const questions = run.cases.filter((c) => !c.conversation).length;
  const turns = run.cases.length - questions;
  const conversations = new Set(run.cases.flatMap((c) => (c.conversation ? [c.conversation.id] : []))).size;
  const parts = [
    questions > 0 ? `${questions} questions` : '',
    turns > 0 ? `${turns} turns in ${conversations} conversations` : '',
    run.matchCases.length > 0 ? `${run.matchCases.length} company profiles` : '',
  ];
  return parts.filter(Boolean).join(', ') || 'nothing scored';
}

/** The printed report: all languages, then each language, then company matching; the baseline and a comparison when run. */
export function formatRunReport(title: string, system: EvalRun, baseline: EvalRun | null): string {
  const blocks = [`${title}: ${countScored(system)}`, `all languages\n${formatTable(buildRunRows(system))}`];
  for (const [language, summary] of Object.entries(system.byLanguage)) blocks.push(`${language}\n${formatTable(buildRunRows(summary))}`);
  const matchRows = buildMatchRows(system);
  if (matchRows) blocks.push(`company matching\n${formatTable(matchRows)}`);
  if (baseline) {
    blocks.push(`baseline (naive RAG): ${countScored(baseline)}\n${formatTable(buildRunRows(baseline))}`);
    blocks.push(`system vs baseline, overall\n${formatTable(buildComparisonRows(system, baseline))}`);
  }
  return blocks.map((block) => `\n${block}\n`).join('');
}
