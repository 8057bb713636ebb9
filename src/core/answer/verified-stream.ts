import { stripMarkers } from '../text/sentences.js';
import type { ClaimFailure, ClaimVerdict } from './verify-claims.js';
import { takeUnits, type Unit } from './verify-units.js';

/** A unit checked: its text as it may be shown (markers for ids not retrieved removed) and the verdict. */
export type UnitCheck = (unit: string) => { text: string; verdict: ClaimVerdict };

export interface VerifiedStream {
  push(piece: string): void;
  /**
   * Ends the answer. `complete` is false when the model failed midway: the unfinished sentence
   * is dropped. Returns the answer made of the sentences that passed (exactly what was sent as
   * deltas), or null when no cited claim passed and the offline answer must be shown instead.
   */
  finish(complete: boolean): string | null;
}

interface Part {
  gap: string;
  text: string;
}

/**
 * Verifies a model's answer one sentence (or line) at a time, as it streams, and sends on only
 * what passed: nothing sent is ever withdrawn. A sentence that fails is dropped. Sentences that
 * make no claim of their own ("Yes.", a lead-in ending in ":") are held until a cited claim has
 * passed, so an answer whose claims all fail sends nothing and falls back whole. Everything
 * inside a code fence is dropped.
 */
export function createVerifiedStream(
  check: UnitCheck,
  onDelta: (text: string) => void = () => {},
  onReject: (reason: ClaimFailure) => void = () => {},
): VerifiedStream {
  let buffer = '';
  let sent = '';
  let gap = '';
  let anchored = false;
  let fenced = false;
  const held: Part[] = [];

  const send = (parts: Part[]) => {
    let delta = '';
    for (const part of parts) delta += (sent || delta ? part.gap : '') + part.text;
    sent += delta;
    onDelta(delta);
  };

  const accept = (unit: Unit) => {
    gap = widerGap(gap, unit.before);
    const fences = unit.text.match(/```|~~~/g)?.length ?? 0;
    if (fenced || fences > 0) {
      if (fences % 2 === 1) fenced = !fenced;
      return onReject('code');
    }
    const { text, verdict } = check(unit.text);
    if (verdict.failure) return onReject(verdict.failure);
    if (!stripMarkers(text)) return;
    const part = { gap, text };
    gap = '';
    if (verdict.anchored) anchored = true;
    if (verdict.anchored || (anchored && !isLeadIn(text))) send([...held.splice(0), part]);
    else held.push(part);
  };

  return {
    push(piece) {
      buffer += piece;
      const { units, rest } = takeUnits(buffer, false);
      buffer = rest;
      units.forEach(accept);
    },
    finish(complete) {
      if (complete) takeUnits(buffer, true).units.forEach(accept);
      buffer = '';
      return anchored ? sent : null;
    },
  };
}

function isLeadIn(text: string): boolean {
  return /[:：]$/.test(stripMarkers(text).trim());
}

/** Between two sentences that were kept, the widest whitespace of what was dropped between them: a paragraph break survives. */
function widerGap(a: string, b: string): string {
  const lines = (s: string) => s.split('\n').length - 1;
  if (lines(a) || lines(b)) return lines(b) > lines(a) ? b : a;
  return a || b ? ' ' : '';
}
