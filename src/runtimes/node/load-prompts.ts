import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePromptFile, type Prompts } from '../../core/llm/prompts.js';

const PROMPTS_DIR = fileURLToPath(new URL('../../../prompts/', import.meta.url));

export function loadPrompts(dir = PROMPTS_DIR): Prompts {
  const read = (name: string) => parsePromptFile(name, readFileSync(`${dir}/${name}.md`, 'utf8'));
  return { system: read('system'), answer: read('answer'), rewrite: read('rewrite') };
}
