import type { Language } from '../corpus/section.js';

/**
 * One piece of language knowledge, as written in `lang/<language>/<area>.json`: what it means,
 * the pattern (or alternatives, each tried in turn) and the messages it must and must not match.
 * The examples are tests (`lang-data.test.ts`), so a rule cannot drift from what it is for.
 */
export interface RuleData {
  means: string;
  pattern: string | string[];
  /** RegExp flags for every alternative. */
  flags?: string;
  examples: string[];
  counterExamples?: string[];
  /**
   * Values for `{slot}` placeholders in the pattern, used only by the example tests; at run time
   * the code fills them (a corpus's place names, say).
   */
  slots?: Record<string, string>;
}

/** A word list ("words a greeting is made of"), matched word by word (Latin) or as a substring (Chinese). */
export interface WordsData {
  means: string;
  words: string[];
  /** In the `vocabulary` area: the words texts use for these (see corpus/vocabulary.ts). */
  expandsTo?: string;
  /** In the `spelling` and `abbreviations` areas: the full spelling of these words (text/tokenize.ts, answer/classify-message.ts). */
  spelledAs?: string;
  examples?: string[];
  counterExamples?: string[];
}

export type AreaData = Record<string, RuleData | WordsData | string>;

/** A compiled rule: every alternative of each language it was written in, in order. */
export interface LangRule {
  readonly name: string;
  readonly patterns: readonly RegExp[];
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  /** Every alternative's matches replaced, in turn. */
  replace(text: string, replacement: string): string;
}

export function isWords(data: RuleData | WordsData): data is WordsData {
  return 'words' in data;
}

export function compileRule(name: string, data: RuleData[], slots: Record<string, string> = {}): LangRule {
  const fill = (pattern: string) => pattern.replace(/\{(\w+)\}/g, (whole, slot: string) => slots[slot] ?? whole);
  const patterns = data.flatMap((d) => (Array.isArray(d.pattern) ? d.pattern : [d.pattern]).map((p) => new RegExp(fill(p), d.flags ?? '')));
  return {
    name,
    patterns,
    test: (text) =>
      patterns.some((p) => {
        p.lastIndex = 0;
        return p.test(text);
      }),
    exec: (text) => {
      for (const p of patterns) {
        p.lastIndex = 0;
        const match = p.exec(text);
        if (match) return match;
      }
      return null;
    },
    replace: (text, replacement) => patterns.reduce((t, p) => t.replace(p, replacement), text),
  };
}

export const LANGUAGES: readonly Language[] = ['en', 'zh'];
