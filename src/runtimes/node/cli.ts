import { labelSection, type Section } from '../../core/corpus/section.js';
import type { Answer } from '../../core/answer/types.js';
import { parseConfig } from '../../core/config.js';
import { createNodeDeps } from './create-node-deps.js';
import { ASK_HELP, parseAskArgs } from './cli-args.js';
import { runCli } from './run-cli.js';

async function main(argv: string[]): Promise<number> {
  const args = parseAskArgs(argv);
  if (args.help) {
    console.log(ASK_HELP);
    return 0;
  }
  const deps = await createNodeDeps(parseConfig(process.env));
  try {
    const { trace: _trace, ...answer } = await deps.chat.ask({ message: args.message, conversationId: args.conversation, channel: 'cli' });
    console.log(args.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer, deps.corpus.sections));
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

runCli('ask', () => main(process.argv.slice(2)));
