import { createRoute, z } from '@hono/zod-openapi';
import type { Corpus } from '../../../core/corpus/corpus.js';
import { formatSectionPath, labelSection, readSection, type Language, type Section } from '../../../core/corpus/section.js';
import { AppError } from '../../../core/errors.js';
import type { AppDeps } from '../deps.js';
import { sectionContacts } from '../handoff-contacts.js';
import { sectionExamples } from '../examples.js';
import { createApiApp, errorResponses, jsonContent } from '../openapi-app.js';
import { policyDocumentSchema, sectionSchema } from '../response-schemas.js';
import { languageQuerySchema, sectionParamSchema } from '../schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/measures',
  tags: ['Policy text'],
  summary: 'Every section of every document',
  description: 'Preamble, Overall Requirements, measures and the effective period, in document order.',
  request: { query: languageQuerySchema },
  responses: { 200: { description: 'All sections.', content: jsonContent(z.array(sectionSchema)) }, ...errorResponses(400) },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/measures/{id}',
  tags: ['Policy text'],
  summary: 'One section',
  request: { params: sectionParamSchema, query: languageQuerySchema },
  responses: {
    200: { description: 'The section.', content: jsonContent(sectionSchema, sectionExamples) },
    ...errorResponses(400, 404),
  },
});

const policyRoute = createRoute({
  method: 'get',
  path: '/policy',
  tags: ['Policy text'],
  summary: 'The documents and their metadata',
  description: 'Number, issue date, end of validity, issuers and translations of each document in the corpus.',
  responses: { 200: { description: 'The documents.', content: jsonContent(z.array(policyDocumentSchema)) } },
});

/** GET /measures and /measures/:id (English, or the translation with ?lang=zh), GET /policy (the documents). */
export function createMeasureRoutes(deps: AppDeps) {
  const app = createApiApp();
  const views = {
    en: deps.corpus.sections.map((s) => toJson(deps.corpus, s, 'en')),
    zh: deps.corpus.sections.map((s) => toJson(deps.corpus, s, 'zh')),
  };
  const byId = { en: indexById(views.en), zh: indexById(views.zh) };
  const documents = deps.corpus.documents.map((d) => ({ ...d.metadata, translations: d.translations }));

  app.openapi(listRoute, (c) => c.json(views[c.req.valid('query').lang], 200));
  app.openapi(oneRoute, (c) => {
    const { id } = c.req.valid('param');
    const section = byId[c.req.valid('query').lang].get(normalizeId(id));
    if (!section) throw new AppError('not_found', `no section with id "${id.slice(0, 40)}"`);
    return c.json(section, 200);
  });
  app.openapi(policyRoute, (c) => c.json(documents, 200));
  return app;
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
    contacts: sectionContacts(corpus, section),
    text: text.text,
    document: { id: document.metadata.id, title: translation?.title ?? document.metadata.title, validUntil: document.metadata.validUntil },
    ...(translation && !translation.official ? { translation: translation.notice } : {}),
  };
}
