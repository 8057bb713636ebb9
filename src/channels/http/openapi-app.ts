import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { errorExamples } from './examples.js';
import { readJson, validationError } from './http-errors.js';
import { errorSchema } from './response-schemas.js';

/** A sub-app whose routes are described by their schemas; a request that fails them gets the contract's 400. */
export function createApiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
}

/**
 * Runs before the body validator, so a non-JSON content type is a 415 and malformed JSON an
 * `invalid_json` 400, as before the routes were described; the parsed body is cached for the validator.
 */
export const requireJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  await readJson(c);
  await next();
};

type Examples = Record<string, { summary: string; value: unknown }>;

export function jsonContent<T extends z.ZodType>(schema: T, examples?: Examples) {
  return { 'application/json': { schema, ...(examples ? { examples } : {}) } };
}

export function jsonBody<T extends z.ZodType>(schema: T, examples: Examples) {
  return { required: true, content: jsonContent(schema, examples) };
}

const ERRORS = {
  400: {
    description: 'Invalid input: `invalid_request` (a field or parameter), `invalid_json` (a body that is not JSON).',
    content: jsonContent(errorSchema, errorExamples),
  },
  401: { description: '`unauthorized`: the bearer token is missing or wrong.', content: jsonContent(errorSchema) },
  404: { description: '`not_found`.', content: jsonContent(errorSchema) },
  413: { description: '`payload_too_large`: the body is over 32 KB.', content: jsonContent(errorSchema) },
  415: { description: '`unsupported_media_type`: send `Content-Type: application/json`.', content: jsonContent(errorSchema) },
  429: { description: '`rate_limited`: too many requests from this client; see `Retry-After`.', content: jsonContent(errorSchema) },
  500: { description: '`internal_error`: a fault of ours.', content: jsonContent(errorSchema) },
} as const;

type ErrorStatus = keyof typeof ERRORS;

/** The error responses a route can give, each the contract's `{ error: { code, message } }`. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Pick<typeof ERRORS, S> {
  return Object.fromEntries(statuses.map((s) => [s, ERRORS[s]])) as Pick<typeof ERRORS, S>;
}
