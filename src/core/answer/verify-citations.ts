import { MARKER } from '../text/sentences.js';

/**
 * A model's sentence with markers for ids it was not given removed (so the claim counts as
 * uncited and is judged so), the rest upper-cased as the contract writes them.
 */
export function dropUnretrievedMarkers(text: string, allowed: ReadonlySet<string>): string {
  return text
    .replace(MARKER, (_, id: string) => (allowed.has(normalizeId(id)) ? `[${normalizeId(id)}]` : ''))
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([.,;:。，；])/g, '$1');
}

/** "m10" -> "M10", "Doc:m10" -> "doc:M10", as extractMarkers reads them. */
function normalizeId(id: string): string {
  return id.toUpperCase().replace(/^([A-Z0-9_-]+:)/, (prefix) => prefix.toLowerCase());
}
