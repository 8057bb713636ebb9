import { langRule } from '../lang/lang-data.js';
import type { Prompts } from '../llm/prompts.js';

/** Words in a row shared with the instructions that make a sentence an echo of them. */
const ECHO_WORDS = 6;

/**
 * The SECTIONS block's own syntax (its delimiters and labels, the header line of each section),
 * which no answer needs: a model that prints it is dumping its input.
 */
const BLOCK_SYNTAX: RegExp[] = [
  /<<<|>>>/,
  ...langRule('claims', 'prompt-block-line').patterns,
  ...langRule('claims', 'prompt-data-note').patterns,
  /\{\{\w+\}\}/,
];

/**
 * A check that a model's sentence does not repeat its instructions: no run of six words from the
 * system, answer or rewrite prompt (the templates, without the policy text filled into them, which
 * an answer may quote), no sentence of three words or more found whole in them ("You are a policy
 * assistant."), and none of the SECTIONS block's syntax.
 */
export function createEchoCheck(prompts: Prompts): (sentence: string) => boolean {
  const templates = [prompts.system, prompts.answer, prompts.rewrite].map((p) => p.template.replace(/\{\{\w+\}\}/g, ' | '));
  const runs = new Set(templates.flatMap(wordRuns));
  const whole = templates.flatMap((t) => t.toLowerCase().split(/[|\n]/)).map((piece) => ` ${words(piece).join(' ')} `);
  return (sentence) => {
    if (BLOCK_SYNTAX.some((pattern) => pattern.test(sentence))) return true;
    const said = words(sentence.toLowerCase().replace(/\[[^\]\n]*\]/g, ' '));
    return (
      wordRuns(sentence).some((run) => runs.has(run)) || (said.length >= 3 && whole.some((piece) => piece.includes(` ${said.join(' ')} `)))
    );
  };
}

const words = (text: string) => text.match(/[a-z0-9']+|\p{Script=Han}/gu) ?? [];

/** Every run of ECHO_WORDS words; "|" (a filled placeholder) and line ends break a run. */
function wordRuns(text: string): string[] {
  const runs: string[] = [];
  for (const piece of text.toLowerCase().split(/[|\n]/)) {
    const found = words(piece);
    for (let i = 0; i + ECHO_WORDS <= found.length; i++) runs.push(found.slice(i, i + ECHO_WORDS).join(' '));
  }
  return runs;
}
