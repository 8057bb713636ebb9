import OpenAI from 'openai';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat model behind the OpenAI chat-completions protocol (OpenAI, vLLM, llama.cpp, Ollama, ...). */
export interface ChatModel {
  readonly name: string;
  /** Streams the reply, calling onDelta per piece; resolves with the whole text. */
  complete(messages: ChatMessage[], options: { onDelta?: (text: string) => void; signal?: AbortSignal }): Promise<string>;
}

export interface OpenAiSettings {
  apiKey: string;
  baseUrl: string | null;
  model: string;
  timeoutMs: number;
  /** Injected so Workers and tests can supply their own. */
  fetch?: typeof fetch;
}

/**
 * The openai SDK does the protocol work: 429 and 5xx are retried with exponential
 * backoff (honouring Retry-After) up to maxRetries, and each attempt has a timeout.
 */
export function createOpenAiChatModel(settings: OpenAiSettings): ChatModel {
  const client = new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl ?? undefined,
    timeout: settings.timeoutMs,
    maxRetries: 2,
    fetch: settings.fetch,
  });
  return {
    name: settings.model,
    async complete(messages, { onDelta, signal }) {
      const stream = await client.chat.completions.create(
        { model: settings.model, messages, stream: true, temperature: 0 },
        { signal },
      );
      let text = '';
      for await (const chunk of stream) {
        const piece = chunk.choices[0]?.delta?.content ?? '';
        if (piece) {
          text += piece;
          onDelta?.(piece);
        }
      }
      return text;
    },
  };
}
