import type { Answer } from '../../src/core/answer/types.js';

export interface Asked {
  answer: Answer;
  /** The concatenated `delta` texts; null for POST /api/chat. */
  streamed: string | null;
}

const post = (base: string, path: string, message: string, signal?: AbortSignal) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message }), signal });

/** POST /api/chat, or /api/chat/stream read to its `done` event (an `error` event or a missing `done` throws). */
export async function ask(base: string, endpoint: 'chat' | 'stream', message: string): Promise<Asked> {
  if (endpoint === 'chat') {
    const res = await post(base, '/api/chat', message);
    if (res.status !== 200) throw new Error(`/api/chat answered ${res.status}: ${await res.text()}`);
    return { answer: (await res.json()) as Answer, streamed: null };
  }
  const res = await post(base, '/api/chat/stream', message);
  const events = [...(await res.text()).matchAll(/^event: (\w+)\ndata: (.*)$/gm)].map((m) => ({ event: m[1]!, data: JSON.parse(m[2]!) }));
  const done = events.find((e) => e.event === 'done');
  if (!done) throw new Error(`the stream ended without done: ${JSON.stringify(events.at(-1))}`);
  const streamed = events
    .filter((e) => e.event === 'delta')
    .map((e) => (e.data as { text: string }).text)
    .join('');
  return { answer: done.data as Answer, streamed };
}

/** Starts a request and gives up on it after `afterMs`, as a user closing the tab does. */
export async function askAndLeave(base: string, endpoint: 'chat' | 'stream', message: string, afterMs: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), afterMs);
  try {
    const res = await post(base, endpoint === 'chat' ? '/api/chat' : '/api/chat/stream', message, controller.signal);
    await res.text();
  } catch {
    // Aborted, as intended.
  } finally {
    clearTimeout(timer);
  }
}
