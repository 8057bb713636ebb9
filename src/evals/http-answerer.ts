import { AppError } from '../core/errors.js';
import { z } from 'zod';
import { EvalSetupError, type CaseAnswerer, type CaseMatcher } from './answerer.js';
import { MATCH_RECALL_DEPTH } from './match-metrics.js';

export const HEALTH_TIMEOUT_MS = 2000;
const CHAT_TIMEOUT_MS = 60_000;

const answerSchema = z.object({
  answer: z.string(),
  citations: z.array(z.object({ id: z.string() })),
  refused: z.boolean(),
  conversationId: z.string().optional(),
  mode: z.string().optional(),
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

const matchesSchema = z.object({
  matches: z.array(z.object({ id: z.string(), reason: z.object({ need: z.string(), quote: z.string() }) })),
});

/**
 * Runs cases through a server's POST /api/chat?trace=1, so a deployment is evaluated as users
 * reach it. A later conversation turn continues the server's conversation by its id, as a
 * widget would; anything else sends the case's own history.
 */
export function createHttpAnswerer(baseUrl: string, timeoutMs = CHAT_TIMEOUT_MS): CaseAnswerer {
  const url = `${normalizeBaseUrl(baseUrl)}/api/chat?trace=1`;
  return async (evalCase, turn) => {
    const context = turn?.conversationId ? { conversationId: turn.conversationId } : { history: evalCase.history ?? [] };
    const body = await postJson(url, { message: evalCase.question, ...context }, timeoutMs);
    const parsed = answerSchema.safeParse(body);
    if (!parsed.success) throw new AppError('eval_http', `not an Answer object: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const { answer, citations, refused, trace, conversationId, mode } = parsed.data;
    const cited = citations.map((c) => c.id);
    // Without a trace the server's ranking is unknown; the citation order is the best stand-in.
    const retrieved = trace ? trace.retrieved.map((hit) => hit.id) : cited;
    return { retrieved, cited, refused, answer, ...(conversationId ? { conversationId } : {}), ...(mode ? { mode } : {}) };
  };
}

/** Runs company profiles through a server's POST /api/match. */
export function createHttpMatcher(baseUrl: string, timeoutMs = CHAT_TIMEOUT_MS): CaseMatcher {
  const url = `${normalizeBaseUrl(baseUrl)}/api/match`;
  return async ({ profile, industry, needs, limit }) => {
    const body = await postJson(url, { profile, industry, needs, limit: limit ?? MATCH_RECALL_DEPTH }, timeoutMs);
    const parsed = matchesSchema.safeParse(body);
    if (!parsed.success) throw new AppError('eval_http', `not a match result: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data.matches.map((m) => ({ id: m.id, need: m.reason.need, quote: m.reason.quote }));
  };
}

async function postJson(url: string, payload: unknown, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new AppError('eval_http', `HTTP ${response.status}: ${describeErrorBody(body)}`);
  return body;
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
