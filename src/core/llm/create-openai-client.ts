import OpenAI from 'openai';

export interface OpenAiConnection {
  apiKey: string;
  baseUrl: string | null;
  timeoutMs: number;
  /** Injected so Workers and tests can supply their own. */
  fetch?: typeof fetch;
}

/**
 * The openai SDK does the protocol work for chat and embeddings alike: 429 and 5xx are
 * retried with exponential backoff (honouring Retry-After) up to maxRetries, each attempt
 * with a timeout; callers bound the whole call with an AbortSignal.
 */
export function createOpenAiClient(connection: OpenAiConnection): OpenAI {
  return new OpenAI({
    apiKey: connection.apiKey,
    baseURL: connection.baseUrl ?? undefined,
    timeout: connection.timeoutMs,
    maxRetries: 2,
    fetch: connection.fetch,
  });
}
