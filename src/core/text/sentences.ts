/** Inline citation markers: [M10], [R1], [PREAMBLE], [VALIDITY], [doc:M10], a guide's parts [doc:P3]. */
export const MARKER = /\[((?:[a-z0-9_-]+:)?(?:M\d{1,3}|R\d{1,2}|P\d{1,2}|PREAMBLE|VALIDITY))\]/gi;

export function extractMarkers(text: string): string[] {
  return [...text.matchAll(MARKER)].map((m) => m[1]!.toUpperCase().replace(/^([A-Z0-9_-]+:)?/, (p) => p.toLowerCase()));
}

export function stripMarkers(text: string): string {
  return text
    .replace(MARKER, '')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

/**
 * Where a sentence ends: a Latin full stop followed by space and a capital or a Chinese
 * character, or a Chinese full stop (no space follows it in Chinese), with its markers and
 * closing quotes or brackets.
 */
const SENTENCE_END =
  /(?<=[.!?](?:\s*\[[^\]]+\])*)\s+(?=[A-Z"“(\u4e00-\u9fff])|(?<=[。！？](?:[”’」）)]*)(?:\s*\[[^\]]+\])*)\s*(?=[^\s[”’」）)])/u;

/**
 * Splits answer text into sentences; markers that follow a full stop stay with the
 * sentence before them, and a line ending in ":" is a lead-in, not a sentence.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+\.)\s+/, '').trim())
    .filter((line) => line && !line.endsWith(':') && !line.endsWith('：'))
    .flatMap((line) => line.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter((s) => stripMarkers(s).replace(/[\s*_.,;:!?-]/g, '').length > 0);
}
