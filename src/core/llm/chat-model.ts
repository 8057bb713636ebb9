import { createOpenAiClient, type OpenAiConnection } from './create-openai-client.js';

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

export function createOpenAiChatModel(settings: OpenAiConnection & { model: string }): ChatModel {
  const client = createOpenAiClient(settings);
  return {
    name: settings.model,
    async complete(messages, { onDelta, signal }) {
      const stream = await client.chat.completions.create({ model: settings.model, messages, stream: true, temperature: 0 }, { signal });
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
