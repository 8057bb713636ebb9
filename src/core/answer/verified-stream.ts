import { splitSentences } from '../text/sentences.js';
import { isSubstantive, verifyCitations } from './verify-citations.js';

/** Text up to the last finished sentence and the markers after it, once the next sentence has begun. */
const FINISHED = /^[\s\S]*[.!?。！？](?:\s*\[[^\]\n]+\])*(?=\s+[^\s[])/u;

export interface VerifiedStream {
  push(piece: string): void;
  /** Sends what is still held back; call only once the whole answer passed verification. */
  finish(): void;
}

/**
 * Passes a model's text on one finished sentence at a time, each checked as the final answer
 * will be: markers for ids that were not retrieved are dropped, and at the first substantive
 * sentence without a marker nothing more is sent (the fallback answer arrives in `done`).
 * A bare "REFUSE" never ends a sentence, so it is never shown.
 */
export function createVerifiedStream(allowed: ReadonlySet<string>, onDelta?: (text: string) => void): VerifiedStream {
  let held = '';
  let blocked = false;
  const send = (text: string) => {
    const checked = verifyCitations(text, allowed);
    const uncited = checked.failure === 'uncited_sentence' || (checked.failure === 'no_citations' && splitSentences(text).some(isSubstantive));
    if (uncited) blocked = true;
    else if (checked.text) onDelta?.(checked.text);
  };
  return {
    push(piece) {
      if (blocked || !onDelta) return;
      held += piece;
      const finished = FINISHED.exec(held)?.[0];
      if (!finished) return;
      held = held.slice(finished.length);
      send(finished);
    },
    finish() {
      if (!blocked && held.trim()) send(held);
      held = '';
    },
  };
}
