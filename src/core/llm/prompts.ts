import { AppError } from '../errors.js';

export interface PromptFile {
  name: string;
  version: number;
  template: string;
}

export interface Prompts {
  system: PromptFile;
  answer: PromptFile;
  rewrite: PromptFile;
}

/** Reads a prompt file: a `version: N` front matter block, then the template. */
export function parsePromptFile(name: string, text: string): PromptFile {
  const match = /^---\s*\nversion:\s*(\d+)\s*\n---\s*\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new AppError('invalid_prompt', `prompt ${name} needs a "version: N" front matter block`);
  return { name, version: Number(match[1]), template: match[2]!.trim() };
}

/** Fills {{name}} placeholders; a placeholder without a value is a bug, not an empty string. */
export function fillPrompt(prompt: PromptFile, values: Record<string, string>): string {
  return prompt.template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new AppError('invalid_prompt', `prompt ${prompt.name} has no value for {{${key}}}`);
    return value;
  });
}

export function describePromptVersions(prompts: Prompts): string {
  return `system@${prompts.system.version},answer@${prompts.answer.version},rewrite@${prompts.rewrite.version}`;
}
