export interface Latency {
  p50Ms: number;
  p99Ms: number;
  /** Timed calls, after the warm-up. */
  calls: number;
}

/**
 * Calls `call` on every input once to warm up (JIT, caches), then in rounds over all inputs
 * until the budget is spent (at least `minRounds`), timing each call on its own.
 */
export async function timeCalls<T>(inputs: T[], call: (input: T) => Promise<unknown>, budgetMs: number, minRounds = 3): Promise<Latency> {
  for (const input of inputs) await call(input);
  const samples: number[] = [];
  const started = performance.now();
  for (let round = 0; round < minRounds || performance.now() - started < budgetMs; round++) {
    for (const input of inputs) {
      const before = performance.now();
      await call(input);
      samples.push(performance.now() - before);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: percentile(samples, 0.5), p99Ms: percentile(samples, 0.99), calls: samples.length };
}

/** Nearest rank on sorted samples. */
export function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}
