import { Hono, type Context } from 'hono';
import type { Corpus } from '../../../core/corpus/corpus.js';
import { formatSectionPath, labelSection, readSection, type Language, type Section } from '../../../core/corpus/section.js';
import { AppError } from '../../../core/errors.js';
import type { AppDeps } from '../deps.js';

/** GET /measures and /measures/:id (English, or the translation with ?lang=zh), GET /policy (the documents). */
export function createMeasureRoutes(deps: AppDeps) {
  const app = new Hono();
  const views = { en: deps.corpus.sections.map((s) => toJson(deps.corpus, s, 'en')), zh: deps.corpus.sections.map((s) => toJson(deps.corpus, s, 'zh')) };
  const byId = { en: indexById(views.en), zh: indexById(views.zh) };

  app.get('/measures', (c) => c.json(views[readLanguage(c)]));
  app.get('/measures/:id', (c) => {
    const id = c.req.param('id');
    const section = byId[readLanguage(c)].get(normalizeId(id));
    if (!section) throw new AppError('not_found', `no section with id "${id.slice(0, 40)}"`);
    return c.json(section);
  });
  app.get('/policy', (c) => c.json(deps.corpus.documents.map((d) => ({ ...d.metadata, translations: d.translations }))));
  return app;
}

function readLanguage(c: Context): Language {
  const lang = c.req.query('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'zh') throw new AppError('invalid_request', 'lang must be "en" or "zh"');
  return lang;
}

/** Ids are matched case-insensitively in their local part: "m10" and "doc:m10" find M10 and doc:M10. */
function normalizeId(id: string): string {
  const at = id.lastIndexOf(':');
  return at === -1 ? id.toUpperCase() : `${id.slice(0, at).toLowerCase()}:${id.slice(at + 1).toUpperCase()}`;
}

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function toJson(corpus: Corpus, section: Section, language: Language) {
  const text = readSection(section, language);
  const document = corpus.documentById.get(section.docId)!;
  const translation = language === 'en' ? undefined : document.translations[language];
  return {
    id: section.id,
    label: labelSection(section, language),
    title: text.title,
    section: formatSectionPath(text),
    departments: text.departments,
    text: text.text,
    document: { id: document.metadata.id, title: translation?.title ?? document.metadata.title, validUntil: document.metadata.validUntil },
    ...(translation && !translation.official ? { translation: translation.notice } : {}),
  };
}
