import type { PolicyDocument } from '../../core/corpus/document.js';
import { countMeasures, type Section } from '../../core/corpus/section.js';

/** What `npm run ingest -- --check` prints for a document that parsed: enough to see it was read right. */
export function describeDocument(document: PolicyDocument): string {
  const { metadata: m, sections } = document;
  const requirements = sections.filter((s) => s.kind === 'requirement').length;
  const parts = sections.filter((s) => s.kind === 'part');
  const departments = [...new Set(sections.flatMap((s) => s.departments))];
  const first = sections[0]!.id;
  const last = sections.at(-1)!.id;
  const translations = Object.entries(document.translations).map(
    ([language, t]) => `${language} (${t.official ? 'official' : 'own translation'}: ${t.title})`,
  );
  const cited = (sections.find((s) => s.kind === 'measure' || s.kind === 'part')?.id ?? first).replace(/^[^:]+:/, '');
  const counts =
    m.shape === 'guide'
      ? `${parts.length} parts: ${parts.map((p) => `${p.id} ${p.title}`).join('; ')}`
      : `${countMeasures(sections)} measures, ${requirements} overall requirements`;
  return [
    `ok: ${m.id}: ${m.title} (${m.documentNumber})`,
    `  language ${m.language}, shape ${m.shape}; issued ${m.issued}, valid until ${m.validUntil ?? 'no end date'}`,
    `  ${sections.length} sections (${first} ... ${last}): ${counts}`,
    `  cited as ${m.primary ? `${cited} (bare ids: the primary document)` : `${m.id}:${cited}`}`,
    ...(m.shape === 'guide' ? [] : [`  ${departments.length} responsible departments: ${departments.join('; ')}`]),
    ...(m.language === 'zh' && m.shape !== 'guide' ? sections.filter((s) => s.kind === 'measure').map(describeMeasure) : []),
    `  validity: ${sections.find((s) => s.kind === 'validity')?.text ?? 'no closing paragraph'}`,
    `  issued by: ${document.signatories.join('; ') || 'not stated after the text'}`,
    ...(m.contacts.length > 0
      ? [`  contacts: ${m.contacts.map((c) => [c.department, c.phone, c.address, c.url].filter(Boolean).join(', ')).join('; ')}`]
      : []),
    `  translations: ${translations.length > 0 ? translations.join('; ') : 'none'}`,
  ].join('\n');
}

/** One line per measure of a Chinese document, whose ids the text does not print: id, title, departments. */
function describeMeasure(section: Section): string {
  return `    ${section.id.slice(section.id.indexOf(':') + 1)} ${section.title} (${section.departments.join('、')})`;
}
