import { createOpenAiClient, type OpenAiConnection } from '../llm/create-openai-client.js';
import { normalizeVector, type Embedder } from './embedder.js';

/** OpenAI (or compatible) embeddings; the id names the model so a change rebuilds the index. */
export function createOpenAiEmbedder(settings: OpenAiConnection & { model: string }): Embedder {
  const client = createOpenAiClient(settings);
  return {
    id: `openai:${settings.baseUrl ?? 'api.openai.com'}:${settings.model}`,
    async embed(texts, options = {}) {
      const response = await client.embeddings.create({ model: settings.model, input: texts }, { signal: options.signal });
      return response.data.sort((a, b) => a.index - b.index).map((d) => normalizeVector(Float32Array.from(d.embedding)));
    },
  };
}
