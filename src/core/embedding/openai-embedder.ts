import OpenAI from 'openai';
import { normalizeVector, type Embedder } from './embedder.js';

/** OpenAI (or compatible) embeddings; the id names the model so a change rebuilds the index. */
export function createOpenAiEmbedder(settings: {
  apiKey: string;
  baseUrl: string | null;
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}): Embedder {
  const client = new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? undefined,
    timeout: settings.timeoutMs,
    maxRetries: 2,
    fetch: settings.fetch,
  });
  return {
    id: `openai:${settings.baseUrl ?? 'api.openai.com'}:${settings.model}`,
    async embed(texts) {
      const response = await client.embeddings.create({ model: settings.model, input: texts });
      return response.data
        .sort((a, b) => a.index - b.index)
        .map((d) => normalizeVector(Float32Array.from(d.embedding)));
    },
  };
}
