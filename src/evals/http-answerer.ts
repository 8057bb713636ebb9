import { AppError } from '../core/errors.js';
import { z } from 'zod';
import { EvalSetupError, type CaseAnswerer } from './answerer.js';

export const HEALTH_TIMEOUT_MS = 2000;
const CHAT_TIMEOUT_MS = 60_000;

const answerSchema = z.object({
  answer: z.string(),
  citations: z.array(z.object({ id: z.string() })),
  refused: z.boolean(),
  trace: z.object({ retrieved: z.array(z.object({ id: z.string() })) }).optional(),
});

/** "https://host/prefix/" -> "https://host/prefix", so routes keep a deployment's path prefix. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new EvalSetupError(`--url ${baseUrl} is not a URL (expected e.g. http://127.0.0.1:8787)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EvalSetupError(`--url ${baseUrl} must be http:// or https://`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Fails fast, before any case runs, when the server is down, slow or not the assistant. */
export async function checkServer(baseUrl: string, timeoutMs = HEALTH_TIMEOUT_MS): Promise<void> {
  const url = `${normalizeBaseUrl(baseUrl)}/healthz`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const why = isTimeout(error) ? `no answer within ${timeoutMs} ms` : describeFetchError(error);
    throw new EvalSetupError(`cannot reach ${url}: ${why}. Is the assistant running there (npm start)?`);
  }
  if (!response.ok) throw new EvalSetupError(`${url} answered HTTP ${response.status}; expected 200 {"ok": true}`);
}

/** Runs cases through a server's POST /api/chat?trace=1, so a deployment is evaluated as users reach it. */
export function createHttpAnswerer(baseUrl: string, timeoutMs = CHAT_TIMEOUT_MS): CaseAnswerer {
  const url = `${normalizeBaseUrl(baseUrl)}/api/chat?trace=1`;
  return async (evalCase) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: evalCase.question, history: evalCase.history ?? [] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new AppError('eval_http', `HTTP ${response.status}: ${describeErrorBody(body)}`);
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) throw new AppError('eval_http', `not an Answer object: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const { answer, citations, refused, trace } = parsed.data;
    const cited = citations.map((c) => c.id);
    // Without a trace the server's ranking is unknown; the citation order is the best stand-in.
    return { retrieved: trace ? trace.retrieved.map((hit) => hit.id) : cited, cited, refused, answer };
  };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

function describeErrorBody(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : 'no error message';
}
