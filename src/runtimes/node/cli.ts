import { parseArgs } from 'node:util';
import { labelSection, type Section } from '../../core/corpus/section.js';
import type { Answer } from '../../core/answer/types.js';
import { parseConfig } from '../../core/config.js';
import { isAppError } from '../../core/errors.js';
import { createNodeDeps } from './create-node-deps.js';

const USAGE = 'usage: npm run ask -- [--json] [--conversation ID] "your question"';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, conversation: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const message = positionals.join(' ').trim();
  if (values.help || message === '') {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const deps = await createNodeDeps(parseConfig(process.env));
  try {
    const { trace: _trace, ...answer } = await deps.chat.ask({ message, conversationId: values.conversation, channel: 'cli' });
    console.log(values.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer, deps.policy.sections));
    return 0;
  } finally {
    await deps.store.close();
  }
}

function formatAnswer(answer: Answer, sections: Section[]): string {
  const lines = [answer.answer, ''];
  for (const c of answer.citations) {
    const section = sections.find((s) => s.id === c.id);
    const label = section ? labelSection(section) : c.id;
    lines.push(`[${c.id}] ${label}: ${c.title}`, `      ${c.section}`);
    if (c.departments.length > 0) lines.push(`      Responsible: ${c.departments.join('; ')}`);
  }
  for (const n of answer.notices) lines.push(`Note: ${n.text}`);
  lines.push(`(${answer.mode} mode; conversation ${answer.conversationId})`);
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(isAppError(error) ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
