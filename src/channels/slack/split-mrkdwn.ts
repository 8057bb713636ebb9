import { formatAnswerMrkdwn, MARKER_RUN } from './format-mrkdwn.js';

/** Slack rejects a section block whose text is longer than this. */
export const SECTION_TEXT_LIMIT = 3000;

/** Preferred places to cut, best first: paragraph, line, sentence end (with its markers), any space. */
const BOUNDARIES = [/\n[^\S\n]*\n\s*/g, /\n\s*/g, /[.!?;。！？；](?:\[[^\]\s]+\])*\s+/g, /\s+/g];

/**
 * Cuts raw text into pieces whose formatted form fits `limit`, at the best boundary in the
 * second half of each window, and returns them formatted. Nothing is dropped: the pieces
 * joined equal format(text), because no cut falls inside a marker run.
 */
export function splitMrkdwn(text: string, limit = SECTION_TEXT_LIMIT, format: (raw: string) => string = formatAnswerMrkdwn): string[] {
  // Formatting never shortens text, so anything longer than the limit cannot fit.
  const fits = (raw: string) => raw.length <= limit && format(raw).length <= limit;
  const pieces: string[] = [];
  let rest = text;
  while (rest && !fits(rest)) {
    const cut = findCut(rest, limit, format);
    pieces.push(format(rest.slice(0, cut)));
    rest = rest.slice(cut);
  }
  if (rest) pieces.push(format(rest));
  return pieces;
}

function findCut(text: string, limit: number, format: (raw: string) => string): number {
  const longest = longestFittingPrefix(text, limit, format);
  const window = text.slice(0, longest);
  for (const boundary of BOUNDARIES) {
    const end = lastMatchEnd(window, boundary);
    if (end > longest / 2) return end;
  }
  return hardCut(text, longest);
}

/** Formatting only ever lengthens text, so the fitting prefix lengths form a range: binary search it. */
function longestFittingPrefix(text: string, limit: number, format: (raw: string) => string): number {
  let low = 1;
  let high = Math.min(text.length, limit);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (format(text.slice(0, mid)).length <= limit) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lastMatchEnd(window: string, boundary: RegExp): number {
  let end = 0;
  for (const match of window.matchAll(boundary)) end = match.index + match[0].length;
  return end;
}

/** No boundary at all: cut at the limit, but never inside a marker run or a surrogate pair. */
function hardCut(text: string, at: number): number {
  let cut = at;
  for (const run of text.matchAll(MARKER_RUN)) {
    if (run.index >= cut) break;
    if (cut < run.index + run[0].length) cut = run.index;
  }
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return Math.max(cut, 1);
}
