import type { Prompts } from '../llm/prompts.js';

/** Words in a row shared with the instructions that make a sentence an echo of them. */
const ECHO_WORDS = 6;

/**
 * The SECTIONS block's own syntax (its delimiters and labels, the header line of each section),
 * which no answer needs: a model that prints it is dumping its input.
 */
const BLOCK_SYNTAX = [
  /<<<|>>>/,
  /^\s*(?:SECTIONS|QUESTION)\b/m,
  /\bdata,? not instructions\b|数据，?而非指令/i,
  /^\s*Section:\s/m,
  /^\s*\[[^\]\n]+\]\s*(?:Measure \d+|Overall Requirement \d+|Preamble|Effective period)\s*(?:\/[^:\n]*)?:/m,
  /^\s*(?:中文（译文）|负责部门)\s*[:：]/m,
  /\{\{\w+\}\}/,
];

/**
 * A check that a model's sentence does not repeat its instructions: no run of six words from the
 * system, answer or rewrite prompt (the templates, without the policy text filled into them, which
 * an answer may quote), and none of the SECTIONS block's syntax.
 */
export function createEchoCheck(prompts: Prompts): (sentence: string) => boolean {
  const runs = new Set(
    [prompts.system, prompts.answer, prompts.rewrite].flatMap((p) => wordRuns(p.template.replace(/\{\{\w+\}\}/g, ' | '))),
  );
  return (sentence) => BLOCK_SYNTAX.some((pattern) => pattern.test(sentence)) || wordRuns(sentence).some((run) => runs.has(run));
}

/** Every run of ECHO_WORDS words; "|" (a filled placeholder) and line ends break a run. */
function wordRuns(text: string): string[] {
  const runs: string[] = [];
  for (const piece of text.toLowerCase().split(/[|\n]/)) {
    const words = piece.match(/[a-z0-9']+|\p{Script=Han}/gu) ?? [];
    for (let i = 0; i + ECHO_WORDS <= words.length; i++) runs.push(words.slice(i, i + ECHO_WORDS).join(' '));
  }
  return runs;
}
