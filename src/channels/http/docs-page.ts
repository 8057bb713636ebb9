import { escapeHtml } from '../../core/text/escape-html.js';

interface Media {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, { summary?: string; value: unknown }>;
}
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema?: unknown }>;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}
interface Document {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

/** The OpenAPI document as one server-rendered page: routes, parameters, bodies, examples and schemas; no script, no CDN. */
export function renderDocsPage(generated: object): string {
  // Read through the few fields shown; the generator's own types are unions of every OpenAPI object.
  const document = generated as Document;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const schemas = Object.entries(document.components?.schemas ?? {});
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:62rem;padding:0 1rem;color:#222}
section{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
h2{font-size:1.05rem}h3{font-size:.95rem;margin:.8rem 0 .3rem}.method{text-transform:uppercase;color:#3b6ea5}
pre{background:#f6f6f6;padding:.5rem;overflow:auto;font-size:12px;white-space:pre-wrap}p.d{white-space:pre-line}
table{border-collapse:collapse}td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}
</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p class="d">${inline(document.info.description ?? '')}</p>
<p>The machine-readable document: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<h2>Routes</h2><ul>${operations.map((o) => `<li><a href="#${anchor(o.method, o.path)}"><span class="method">${o.method}</span> ${escapeHtml(o.path)}</a> ${escapeHtml(o.operation.summary ?? '')}</li>`).join('')}</ul>
${operations.map((o) => renderOperation(o.method, o.path, o.operation)).join('\n')}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${code(schema)}</section>`).join('\n')}
</body></html>`;
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const parameters = operation.parameters ?? [];
  const parts = [
    `<h2 id="${anchor(method, path)}"><span class="method">${method}</span> ${escapeHtml(path)}</h2>`,
    `<p><strong>${escapeHtml(operation.summary ?? '')}</strong></p>`,
    operation.description ? `<p class="d">${inline(operation.description)}</p>` : '',
    parameters.length
      ? `<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th><th>description</th></tr>${parameters
          .map(
            (p) =>
              `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td>${escapeHtml(describeSchema(p.schema))}</td><td>${inline(p.description ?? '')}</td></tr>`,
          )
          .join('')}</table>`
      : '',
    operation.requestBody ? `<h3>Request body</h3>${renderContent(operation.requestBody.content)}` : '',
    '<h3>Responses</h3>',
    ...Object.entries(operation.responses).map(
      ([status, response]) =>
        `<p><strong>${escapeHtml(status)}</strong> ${inline(response.description)}</p>${renderContent(response.content ?? {})}`,
    ),
  ];
  return `<section>${parts.join('')}</section>`;
}

function renderContent(content: Record<string, Media>): string {
  return Object.entries(content)
    .map(([type, media]) => {
      const examples = Object.entries(media.examples ?? {}).map(
        ([, e]) => `<p>Example: ${escapeHtml(e.summary ?? '')}</p>${code(e.value)}`,
      );
      if (media.example !== undefined) examples.push(`<p>Example:</p>${code(media.example)}`);
      return `<p><code>${escapeHtml(type)}</code> ${schemaLink(media.schema)}</p>${examples.join('')}`;
    })
    .join('');
}

function schemaLink(schema: unknown): string {
  const ref =
    (schema as { $ref?: string; items?: { $ref?: string } } | undefined)?.$ref ?? (schema as { items?: { $ref?: string } })?.items?.$ref;
  if (!ref) return schema === undefined ? '' : escapeHtml(describeSchema(schema));
  const name = ref.split('/').at(-1)!;
  const many = (schema as { type?: string }).type === 'array' ? 'array of ' : '';
  return `${many}<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
}

/** A parameter's or a plain body's schema in one line: "web | api (default api)", "string, at most 2000". */
function describeSchema(schema: unknown): string {
  const s = (schema ?? {}) as {
    type?: string;
    enum?: unknown[];
    default?: unknown;
    pattern?: string;
    maxLength?: number;
    minimum?: number;
    maximum?: number;
  };
  const parts = [s.enum ? s.enum.join(' | ') : (s.type ?? 'any')];
  if (s.pattern) parts.push(`matching ${s.pattern}`);
  if (s.maxLength !== undefined) parts.push(`at most ${s.maxLength} characters`);
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? ''}-${s.maximum ?? ''}`);
  if (s.default !== undefined) parts.push(`default ${String(s.default)}`);
  return parts.join(', ');
}

function code(value: unknown): string {
  return `<pre>${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value, null, 2))}</pre>`;
}

/** Escapes, then shows `backticked` text as code. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
