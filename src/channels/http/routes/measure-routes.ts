import { Hono } from 'hono';
import { formatSectionPath, labelSection, type Section } from '../../../core/corpus/section.js';
import { AppError } from '../../../core/errors.js';
import type { AppDeps } from '../deps.js';

export function createMeasureRoutes(deps: AppDeps) {
  const app = new Hono();
  const sections = deps.policy.sections.map(toJson);
  const byId = new Map(sections.map((s) => [s.id.toUpperCase(), s]));

  app.get('/measures', (c) => c.json(sections));
  app.get('/measures/:id', (c) => {
    const section = byId.get(c.req.param('id').toUpperCase());
    if (!section) throw new AppError('not_found', `no section with id "${c.req.param('id').slice(0, 40)}"`, 404);
    return c.json(section);
  });
  app.get('/policy', (c) => c.json(deps.policy.metadata));
  return app;
}

function toJson(section: Section) {
  return {
    id: section.id,
    label: labelSection(section),
    title: section.title,
    section: formatSectionPath(section),
    departments: section.departments,
    text: section.text,
  };
}
