import type { Section } from './section.js';

export interface Footnote {
  number: number;
  /** The note's line as written, marker included ("[1] 智能算力费用以……为准。"). */
  note: string;
  lineNo: number;
}

/**
 * Appends each footnote's note to the section whose text holds its marker ([1]), so a quote of
 * the measure can carry what the note says about it. A note without a marker is an error.
 */
export function attachFootnotes(sections: Section[], footnotes: Footnote[], fail: (lineNo: number, why: string) => never): Section[] {
  const notes = new Map<string, string[]>();
  for (const footnote of footnotes) {
    const marker = `[${footnote.number}]`;
    const holder = sections.find((s) => s.text.includes(marker));
    if (!holder) fail(footnote.lineNo, `footnote ${marker} has no marker in the text`);
    notes.set(holder!.id, [...(notes.get(holder!.id) ?? []), footnote.note]);
  }
  return sections.map((s) => (notes.has(s.id) ? { ...s, text: [s.text, ...notes.get(s.id)!].join('\n') } : s));
}
