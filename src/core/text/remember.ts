/**
 * A pure function of a string, with its results kept for the next call: questions and sections
 * repeat their words. The cache is emptied when it holds `max` results, so new questions never
 * grow it without bound.
 */
export function remember<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= max) kept.clear();
      value = compute(key);
      kept.set(key, value);
    }
    return value;
  };
}
