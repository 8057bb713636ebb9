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
    console.log(args.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer, deps.corpus.sectionById));
    return 0;
  } finally {
    await deps.store.close();
  }
}

const WORDS = {
  en: {
    colon: ': ',
    responsible: 'Responsible: ',
    note: 'Note: ',
    list: '; ',
    footer: (mode: string, id: string) => `(${mode} mode; conversation ${id})`,
  },
  zh: {
    colon: '：',
    responsible: '责任部门：',
    note: '注：',
    list: '、',
    footer: (mode: string, id: string) => `（${mode === 'llm' ? '模型' : '离线'}模式；会话 ${id}）`,
  },
};

/** The answer, then each citation and notice, labelled in the answer's language. */
function formatAnswer(answer: Answer, sections: ReadonlyMap<string, Section>): string {
  const words = WORDS[answer.language];
  const lines = [answer.answer, ''];
  for (const c of answer.citations) {
    const section = sections.get(c.id);
    const label = section ? labelSection(section, answer.language) : c.id;
    lines.push(`[${c.id}] ${label}${words.colon}${c.title}`, `      ${c.section}`);
    if (c.departments.length > 0) lines.push(`      ${words.responsible}${c.departments.join(words.list)}`);
  }
  for (const n of answer.notices) lines.push(`${words.note}${n.text}`);
  lines.push(words.footer(answer.mode, answer.conversationId));
  return lines.join('\n');
}

runCli('ask', () => main(process.argv.slice(2)));
