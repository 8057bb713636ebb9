/** One line of the red team's report: how many attempts of one kind were contained. */
export interface Tally {
  name: string;
  contained: number;
  total: number;
  /** What got through, one line per failed attempt. */
  failures: string[];
  /** How the attempts ended, when that says more than the count ("llm 80, fallback 20, refused 50"). */
  outcomes?: Record<string, number>;
}

/** The report: contained/total per line, the first failures of each, and whether all held. */
export function formatTallies(tallies: Tally[], showFailures = 5): { text: string; allContained: boolean } {
  const width = Math.max(...tallies.map((t) => t.name.length));
  const lines = tallies.map((t) => {
    const share = t.total === 0 ? '-' : `${((100 * t.contained) / t.total).toFixed(1)}%`;
    const outcomes = t.outcomes
      ? `  (${Object.entries(t.outcomes)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')})`
      : '';
    const head = `${t.name.padEnd(width)}  ${String(t.contained).padStart(5)}/${String(t.total).padEnd(5)} ${share.padStart(6)}${outcomes}`;
    return [head, ...t.failures.slice(0, showFailures).map((f) => `    ${f}`)].join('\n');
  });
  const allContained = tallies.every((t) => t.total > 0 && t.contained === t.total);
  const contained = tallies.reduce((n, t) => n + t.contained, 0);
  const total = tallies.reduce((n, t) => n + t.total, 0);
  return { text: `${lines.join('\n')}\n${'all'.padEnd(width)}  ${String(contained).padStart(5)}/${total}`, allContained };
}
