/** One sentence or line of a model's answer, with the whitespace that preceded it. */
export interface Unit {
  text: string;
  before: string;
}

const LATIN_END = new Set(['.', '!', '?']);
const CJK_END = new Set(['。', '！', '？']);
const CLOSERS = /^["'”’)）」』]*/;
/** Markers that follow a sentence's full stop belong to it: "… loans. [M10][M11]". */
const TRAILING_MARKERS = /^(?:[ \t]*\[[^\]\n]{1,40}\])*/;

/**
 * Splits off the units of `buffer` that are complete: a line that has ended, or a sentence whose
 * end is confirmed by what follows it (a Latin full stop and its markers, then a space and
 * something other than a lower-case word or another marker; a Chinese full stop and its markers,
 * then anything but a marker). Only what follows is ever needed, so the units found in a stream
 * as it arrives are exactly those of the whole text. `final` ends the text: the rest is a unit.
 */
export function takeUnits(buffer: string, final: boolean): { units: Unit[]; rest: string } {
  const units: Unit[] = [];
  let pos = 0;
  for (;;) {
    const before = /^\s*/.exec(buffer.slice(pos))![0];
    const start = pos + before.length;
    if (start >= buffer.length) break;
    const end = findUnitEnd(buffer, start, final);
    if (end === null) break;
    units.push({ text: buffer.slice(start, end).trimEnd(), before });
    pos = end;
  }
  return { units, rest: final ? '' : buffer.slice(pos) };
}

function findUnitEnd(text: string, start: number, final: boolean): number | null {
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') return i;
    if (!LATIN_END.has(ch) && !CJK_END.has(ch)) continue;
    let k = i + 1;
    k += CLOSERS.exec(text.slice(k))![0].length;
    k += TRAILING_MARKERS.exec(text.slice(k))![0].length;
    const end = decide(text, k, CJK_END.has(ch), final);
    if (end !== 'continue') return end;
  }
  return final ? text.length : null;
}

/** Whether a sentence mark whose markers end at `k` ends the unit there: yes, no (read on), or not yet known (null). */
function decide(text: string, k: number, cjk: boolean, final: boolean): number | null | 'continue' {
  const space = /^\s*/.exec(text.slice(k))![0];
  const next = text[k + space.length];
  if (next === undefined) return final ? k : null;
  if (space.includes('\n')) return k;
  if (next === '[') return final || text.indexOf(']', k) !== -1 ? k : null;
  if (cjk) return k;
  // "No.18", "5.5", "e.g. the": a Latin stop ends a sentence only before a space and a new sentence.
  return space.length > 0 && !/[a-z]/.test(next) ? k : 'continue';
}
