/** The sentences of an English text: split after a full stop, semicolon or question mark. */
export function splitEnglish(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/).filter((s) => s.trim() !== '');
}

/** The sentences of a Chinese text: split after 。；！？ (no space follows them). */
export function splitChinese(text: string): string[] {
  return text.split(/(?<=[。；！？])/).filter((s) => s.trim() !== '');
}

/**
 * The i-th of `parts` equal slices of the sentences, never empty. Slicing by share rather than by
 * count lets the English and Chinese texts of the same sources be cut at the same places, although
 * their sentence counts differ.
 */
export function takeSlice(sentences: string[], part: number, parts: number): string[] {
  const n = sentences.length;
  const start = Math.min(Math.floor((part * n) / parts), n - 1);
  const end = Math.max(Math.floor(((part + 1) * n) / parts), start + 1);
  return sentences.slice(start, end);
}

/** Slice i of source i, joined: the first source keeps its opening sentence (the section's title). */
export function recombine(texts: string[], split: (text: string) => string[], joiner: string): string {
  return texts.map((text, i) => takeSlice(split(text), i, texts.length).join(joiner)).join(joiner);
}

/** mulberry32: a seeded generator, so every run recombines the same sentences. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items of `pool` (all of them, shuffled, when it is smaller). */
export function pickDistinct<T>(pool: T[], count: number, random: () => number): T[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, Math.min(count, copy.length));
}
