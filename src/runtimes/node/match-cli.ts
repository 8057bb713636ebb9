import { parseConfig, resolveToday } from '../../core/config.js';
import { labelId, type Language } from '../../core/corpus/section.js';
import { matchCompany, MAX_MATCHES, type MatchResult } from '../../core/match/match-company.js';
import { isNeed, NEED_LABELS, NEEDS, type Need } from '../../core/match/needs.js';
import { createNodeAnswerer } from './create-node-deps.js';
import { parseFlags, runCli, UsageError } from './run-cli.js';

const EXAMPLE = 'npm run match -- "We are a 40-person AI start-up and need funding and talent."';

const HELP = `usage: npm run match -- [flags] "description of the company"
Lists the measures that apply to a company, most relevant first, each with the sentence that
makes it relevant, the need it serves and the responsible department. English or Chinese.
  --industry TEXT    the company's industry, e.g. biotech or 生物医药
  --need NEED        a need beside those the description states; repeatable: ${NEEDS.join(', ')}
  --limit N          at most N measures, 1 to ${MAX_MATCHES} (default 10)
  --json             print the whole result as JSON, as POST /api/match returns it
  -h, --help         show this help
examples: ${EXAMPLE}
          npm run match -- --industry 生物医药 --need financing "小分子创新药初创企业，准备做临床研究"`;

interface MatchArgs {
  help: boolean;
  json: boolean;
  profile: string;
  industry: string | undefined;
  needs: Need[];
  limit: number | undefined;
}

function parseMatchArgs(argv: string[]): MatchArgs {
  const { values, positionals } = parseFlags('match', {
    args: argv,
    allowPositionals: true,
    options: {
      industry: { type: 'string' },
      need: { type: 'string', multiple: true },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const profile = positionals.join(' ').trim();
  const args = {
    help: values.help,
    json: values.json,
    profile,
    industry: values.industry,
    needs: [] as Need[],
    limit: undefined as number | undefined,
  };
  if (values.help) return args;
  if (profile === '') throw new UsageError(`no description given; for example: ${EXAMPLE}`);
  for (const need of values.need ?? []) {
    if (!isNeed(need)) throw new UsageError(`unknown need "${need}": use one of ${NEEDS.join(', ')}`);
    args.needs.push(need);
  }
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_MATCHES)
      throw new UsageError(`--limit must be a whole number from 1 to ${MAX_MATCHES}`);
    args.limit = limit;
  }
  return args;
}

const TEXT: Record<Language, { heading: (n: number) => string; none: string; need: string; responsible: string; note: string }> = {
  en: {
    heading: (n) => `${n} measure${n === 1 ? '' : 's'} may apply, most relevant first:`,
    none: 'No measure in the policy applies to this description.',
    need: 'Need',
    responsible: 'Responsible',
    note: 'Note',
  },
  zh: {
    heading: (n) => `可能适用的措施共${n}项，按相关度排列：`,
    none: '政策中没有适用于该描述的措施。',
    need: '需求',
    responsible: '责任部门',
    note: '注',
  },
};

function formatMatches(result: MatchResult): string {
  const text = TEXT[result.language];
  const colon = result.language === 'zh' ? '：' : ': ';
  const lines = [result.matches.length > 0 ? text.heading(result.matches.length) : text.none];
  result.matches.forEach((m, i) => {
    const quote = result.language === 'zh' ? `“${m.reason.quote}”` : `"${m.reason.quote}"`;
    const separator = result.language === 'zh' ? '；' : ' · ';
    const details = [`${text.need}${colon}${NEED_LABELS[result.language][m.reason.need]}`];
    if (m.departments.length > 0) details.push(`${text.responsible}${colon}${m.departments.join(result.language === 'zh' ? '、' : '; ')}`);
    lines.push('', `${i + 1}. ${labelId(m.id, result.language)} · ${m.title}`, `   ${quote}`, `   ${details.join(separator)}`);
  });
  if (result.notices.length > 0) lines.push('', ...result.notices.map((n) => `${text.note}${colon}${n.text}`));
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = parseMatchArgs(argv);
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const config = parseConfig(process.env);
  const { assistant } = await createNodeAnswerer(config);
  const { corpus, retrieve } = assistant;
  const result = await matchCompany(
    { corpus, retrieve, today: resolveToday(config) },
    { profile: args.profile, industry: args.industry, needs: args.needs, limit: args.limit },
  );
  console.log(args.json ? JSON.stringify(result, null, 2) : formatMatches(result));
  return 0;
}

runCli('match', () => main(process.argv.slice(2)));
