import { z } from 'zod';
import { AppError } from '../errors.js';
import { scopeId, type PolicyDocument } from './document.js';

const sectionSchema = z.strictObject({ title: z.string().min(1), text: z.string().min(1) });

/** A translation file: the document's sections in another language, aligned by local id. */
const translationSchema = z.strictObject({
  language: z.literal('zh'),
  official: z.boolean(),
  notice: z.string().min(1),
  title: z.string().min(1),
  issuers: z.array(z.string().min(1)).min(1),
  numbering: z.string().min(1).optional(),
  /** English department name -> its name in this language; one-to-one. */
  departments: z.record(z.string(), z.string().min(1)),
  /** English heading -> heading in this language. */
  headings: z.record(z.string(), z.string().min(1)),
  sections: z.record(z.string(), sectionSchema),
});

/**
 * Attaches a translation to a parsed document. Alignment is checked, not assumed: every section
 * needs exactly one translated section with the same id, every department and heading a name,
 * and no two departments may share one.
 */
export function attachTranslation(document: PolicyDocument, json: string, where: string): PolicyDocument {
  const fail = (why: string): never => {
    throw new AppError('invalid_translation', `${where}: ${why}`);
  };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    fail(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = translationSchema.safeParse(raw);
  if (!parsed.success) fail(`${parsed.error!.issues[0]!.path.join('.')}: ${parsed.error!.issues[0]!.message}`);
  const t = parsed.data!;
  const { metadata } = document;
  const localIds = Object.keys(t.sections);
  const extra = localIds.filter((id) => !document.sections.some((s) => s.id === scopeId(metadata, id)));
  if (extra.length > 0) fail(`sections ${extra.join(', ')} do not exist in the source`);
  const names = new Set(Object.values(t.departments));
  if (names.size !== Object.keys(t.departments).length) fail('two departments share one translated name');

  const sections = document.sections.map((section) => {
    const local = section.id.slice(section.id.indexOf(':') + 1);
    const translated = t.sections[local] ?? fail(`section ${local} has no translation`);
    return {
      ...section,
      translations: {
        ...section.translations,
        [t.language]: {
          title: translated.title,
          text: translated.text,
          path: section.path.map((h) => t.headings[h] ?? fail(`heading "${h}" has no translation`)),
          departments: section.departments.map((d) => t.departments[d] ?? fail(`department "${d}" has no translation`)),
        },
      },
    };
  });
  const info = { title: t.title, official: t.official, notice: t.notice, issuers: t.issuers, numbering: t.numbering ?? null };
  return { ...document, sections, translations: { ...document.translations, [t.language]: info } };
}
