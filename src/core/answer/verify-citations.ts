import { MARKER, splitSentences, stripMarkers } from '../text/sentences.js';
import { contentWords } from '../text/tokenize.js';

export type VerifyFailure = 'no_citations' | 'uncited_sentence';

export interface Verification {
  /** The text with markers for ids outside `allowed` removed. */
  text: string;
  failure: VerifyFailure | null;
  /** The first offending sentence, for the logs. */
  detail: string | null;
}

function hasMarker(sentence: string): boolean {
  return new RegExp(MARKER.source, 'i').test(sentence);
}

/** Sentences this short carry no claim ("Yes.", "In short:"). CJK text counts characters. */
export function isSubstantive(sentence: string): boolean {
  const plain = stripMarkers(sentence);
  const cjk = plain.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return cjk >= 12 || contentWords(plain).length >= 4;
}

/**
 * Checks a model's answer: markers for ids that were not retrieved are dropped, and then
 * every substantive sentence must still carry a marker, and the answer at least one.
 */
export function verifyCitations(answer: string, allowed: ReadonlySet<string>): Verification {
  const text = answer
    .replace(MARKER, (marker, id: string) => (allowed.has(id.toUpperCase()) ? marker.toUpperCase() : ''))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([.,;:。，；])/g, '$1');
  const sentences = splitSentences(text);
  if (!sentences.some(hasMarker)) return { text, failure: 'no_citations', detail: null };
  const uncited = sentences.find((s) => isSubstantive(s) && !hasMarker(s));
  return uncited ? { text, failure: 'uncited_sentence', detail: uncited } : { text, failure: null, detail: null };
}
