import { z } from 'zod';

/**
 * The OpenAPI 3.1 fields this project relies on, checked structurally (no validator package is
 * installed, and the check must run offline): the shape of the document, plus the rules a
 * schema cannot express (path parameters declared and required, every $ref resolving).
 */
const example = z.strictObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  value: z.unknown().optional(),
  externalValue: z.string().optional(),
});

const media = z.strictObject({
  schema: z.record(z.string(), z.unknown()).optional(),
  example: z.unknown().optional(),
  examples: z.record(z.string(), example).optional(),
});

const parameter = z
  .strictObject({
    name: z.string().min(1),
    in: z.enum(['query', 'header', 'path', 'cookie']),
    description: z.string().optional(),
    required: z.boolean().optional(),
    deprecated: z.boolean().optional(),
    schema: z.record(z.string(), z.unknown()).optional(),
    example: z.unknown().optional(),
    examples: z.record(z.string(), example).optional(),
  })
  .refine((p) => p.in !== 'path' || p.required === true, 'a path parameter must be required');

const response = z.strictObject({
  description: z.string(),
  headers: z.record(z.string(), z.unknown()).optional(),
  content: z.record(z.string().regex(/^[\w.+-]+\/[\w.+-]+$/), media).optional(),
});

const operation = z.strictObject({
  tags: z.array(z.string()).optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  operationId: z.string().optional(),
  parameters: z.array(parameter).optional(),
  requestBody: z
    .strictObject({ description: z.string().optional(), required: z.boolean().optional(), content: z.record(z.string(), media) })
    .optional(),
  responses: z
    .record(z.string().regex(/^([1-5]\d\d|[1-5]XX|default)$/), response)
    .refine((r) => Object.keys(r).length > 0, 'an operation needs at least one response'),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  deprecated: z.boolean().optional(),
});

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const pathItem = z.strictObject(
  Object.fromEntries(METHODS.map((m) => [m, operation.optional()])) as Record<(typeof METHODS)[number], z.ZodOptional<typeof operation>>,
);

const securityScheme = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('http'), scheme: z.string(), bearerFormat: z.string().optional(), description: z.string().optional() }),
  z.strictObject({
    type: z.literal('apiKey'),
    name: z.string(),
    in: z.enum(['query', 'header', 'cookie']),
    description: z.string().optional(),
  }),
]);

export const openApi31Schema = z.strictObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.strictObject({
    title: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    summary: z.string().optional(),
  }),
  jsonSchemaDialect: z.string().optional(),
  servers: z.array(z.strictObject({ url: z.string(), description: z.string().optional() })).optional(),
  paths: z.record(z.string().regex(/^\//), pathItem),
  webhooks: z.record(z.string(), z.unknown()).optional(),
  components: z
    .strictObject({
      schemas: z.record(z.string().regex(/^[\w.-]+$/), z.record(z.string(), z.unknown())).optional(),
      parameters: z.record(z.string(), z.unknown()).optional(),
      securitySchemes: z.record(z.string(), securityScheme).optional(),
    })
    .optional(),
  tags: z.array(z.strictObject({ name: z.string(), description: z.string().optional() })).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});

export type OpenApiDocument = z.infer<typeof openApi31Schema>;
export type Operation = z.infer<typeof operation>;

/** Rules across the document: each {param} of a path template declared, each $ref and security name defined. */
export function checkReferences(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const schemas = document.components?.schemas ?? {};
  for (const ref of JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(ref[1]!)?.[1];
    if (!name || !(name in schemas)) problems.push(`unresolved $ref ${ref[1]}`);
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op) continue;
      const declared = new Set(op.parameters?.filter((p) => p.in === 'path').map((p) => p.name));
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g))
        if (!declared.has(name!)) problems.push(`${method} ${path}: {${name}} not declared`);
      for (const name of declared)
        if (!path.includes(`{${name}}`)) problems.push(`${method} ${path}: path parameter ${name} not in the path`);
      for (const requirement of op.security ?? []) {
        for (const name of Object.keys(requirement))
          if (!document.components?.securitySchemes?.[name]) problems.push(`${method} ${path}: unknown security scheme ${name}`);
      }
    }
  }
  return problems;
}

/** A zod validator for a schema of the document, its $refs resolved against the document's components. */
export function compileSchema(document: OpenApiDocument, schema: unknown): z.ZodType {
  const $defs = document.components?.schemas ?? {};
  const rooted = JSON.parse(JSON.stringify({ ...(schema as object), $defs }).replaceAll('#/components/schemas/', '#/$defs/'));
  return z.fromJSONSchema(rooted);
}
