import type { PolicyDocument } from '../../core/corpus/document.js';
import { countMeasures } from '../../core/corpus/section.js';

/** What `npm run ingest -- --check` prints for a document that parsed: enough to see it was read right. */
export function describeDocument(document: PolicyDocument): string {
  const { metadata: m, sections } = document;
  const requirements = sections.filter((s) => s.kind === 'requirement').length;
  const departments = [...new Set(sections.flatMap((s) => s.departments))];
  const first = sections[0]!.id;
  const last = sections.at(-1)!.id;
  const translations = Object.entries(document.translations).map(
    ([language, t]) => `${language} (${t.official ? 'official' : 'own translation'}: ${t.title})`,
  );
  return [
    `ok: ${m.id}: ${m.title} (${m.documentNumber})`,
    `  issued ${m.issued}, valid until ${m.validUntil ?? 'no end date'}`,
    `  ${sections.length} sections (${first} ... ${last}): ${countMeasures(sections)} measures, ${requirements} overall requirements`,
    `  cited as ${m.primary ? 'M10 (bare ids: the primary document)' : `${m.id}:M10`}`,
    `  ${departments.length} responsible departments: ${departments.join('; ')}`,
    `  translations: ${translations.length > 0 ? translations.join('; ') : 'none'}`,
  ].join('\n');
}
