import { execFileSync } from 'node:child_process';

/** What a report was measured on, so two reports can be told apart and reproduced. */
export interface RunInfo {
  /** `git rev-parse --short HEAD`; null outside a git checkout. */
  commit: string | null;
  /** offline or llm: as the answers reported it (as configured when nothing was answered). */
  mode: string;
  target: string;
  datasets: string[];
  /** When the run happened (ISO 8601). */
  date: string;
  /** The date validity was judged against (POLICY_TODAY), or the server's own. */
  today: string;
  questions: number;
  conversations: number;
  turns: number;
  profiles: number;
}

export function readGitCommit(cwd = process.cwd()): string | null {
  try {
    return (
      execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null
    );
  } catch {
    return null;
  }
}

/** One line per field, for the top of the HTML report. */
export function describeRunInfo(info: RunInfo): [string, string][] {
  return [
    ['commit', info.commit ?? '(not a git checkout)'],
    ['mode', info.mode],
    ['target', info.target],
    ['datasets', info.datasets.join(', ')],
    ['date', info.date],
    ['today', info.today],
    [
      'scored',
      `${info.questions} questions, ${info.turns} turns in ${info.conversations} conversations, ${info.profiles} company profiles`,
    ],
  ];
}
