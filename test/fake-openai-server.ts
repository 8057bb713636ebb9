import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readModelRequest, writeHonestReply } from './fake-model-replies.js';
import { writeHostileReply, type Strategy } from './hostile-replies.js';

/**
 * A loopback server speaking the OpenAI HTTP protocol (chat completions, streamed or not,
 * and embeddings), with the fault modes the LLM-mode tests need. In "ok" mode it answers
 * like an obedient model: the first sentence of the first section it was given, cited;
 * "honest" writes a fuller answer from the sections (in Chinese for a Chinese question);
 * "hostile:<strategy>" misbehaves as the red team asks; "slow-stream" streams one word
 * every 50 ms, long enough for a client to give up.
 */
export type FakeMode =
  | 'ok'
  | 'slow'
  | 'rate-limit-once'
  | 'server-error'
  | 'malformed'
  | 'cut-stream'
  | 'cite-unknown'
  | 'uncited'
  | 'refuse'
  | 'obey-injection'
  | 'chinese'
  | 'honest'
  | 'slow-stream'
  | `hostile:${Strategy}`;

export interface FakeOpenAi {
  url: string;
  mode: FakeMode;
  requests: Array<{ path: string; body: Record<string, unknown> }>;
  /** Chat completions streamed to their end, and those whose client hung up first. */
  completions: { finished: number; abandoned: number };
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const state: FakeOpenAi = { url: '', mode: 'ok', requests: [], completions: { finished: 0, abandoned: 0 }, close: async () => {} };
  let rateLimited = false;
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>;
    state.requests.push({ path: req.url ?? '', body });
    if (req.url?.endsWith('/embeddings')) return sendEmbeddings(res, body);
    if (!req.url?.endsWith('/chat/completions')) return send(res, 404, { error: { message: 'not found' } });
    const mode = state.mode;
    if (mode === 'slow') return void setTimeout(() => send(res, 200, completion('too late [M10].')), 5_000).unref();
    if (mode === 'server-error') return send(res, 500, { error: { message: 'boom', type: 'server_error' } });
    if (mode === 'rate-limit-once' && !rateLimited) {
      rateLimited = true;
      res.setHeader('retry-after-ms', '50');
      return send(res, 429, { error: { message: 'slow down', type: 'rate_limit' } });
    }
    if (mode === 'malformed') {
      res.writeHead(200, { 'content-type': body.stream ? 'text/event-stream' : 'application/json' });
      return void res.end(body.stream ? 'data: {not json\n\n' : '{"choices": [');
    }
    const text = replyFor(mode, body);
    if (!body.stream) return send(res, 200, completion(text));
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    // Words, and Chinese a few characters at a time, as a model's tokens arrive.
    const pieces = text.match(/[\p{Script=Han}\p{P}]{1,4}|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
    const cutAt = mode === 'cut-stream' ? Math.floor(pieces.length / 2) : pieces.length;
    let open = true;
    res.on('close', () => {
      if (open) state.completions.abandoned++;
      open = false;
    });
    for (const piece of pieces.slice(0, cutAt)) {
      if (!open) return;
      res.write(`data: ${JSON.stringify(chunk(piece))}\n\n`);
      if (mode === 'slow-stream') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (mode === 'cut-stream') return void res.destroy();
    if (!open) return;
    open = false;
    state.completions.finished++;
    res.end(`data: ${JSON.stringify({ ...chunk(''), choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}

function replyFor(mode: FakeMode, body: Record<string, unknown>): string {
  const messages = body.messages as Array<{ role: string; content: string }>;
  const last = messages.at(-1)!.content;
  if (last.startsWith('Conversation:')) {
    const message = /Last message:\n<<<\n([\s\S]*?)\n>>>/.exec(last)![1]!;
    return mode === 'chinese' ? 'Can a tech company get a loan backed by its patents?' : message;
  }
  if (mode === 'honest' || mode === 'slow-stream') return writeHonestReply(readModelRequest(messages));
  if (mode.startsWith('hostile:')) return writeHostileReply(mode.slice('hostile:'.length) as Strategy, readModelRequest(messages));
  const [, id, text] = /\n\[([A-Z0-9]+)\] [^\n]*\n[^\n]*\n([^\n]*)/.exec(last) ?? [];
  const sentence = text?.split(/(?<=\.)\s/)[1] ?? text ?? '';
  switch (mode) {
    case 'cite-unknown':
      return `Firms get ten million yuan under Measure 42 [M42].`;
    case 'uncited':
      return `${sentence} [${id}] Every startup also receives a cash grant of five million yuan from the district.`;
    case 'refuse':
      return 'REFUSE';
    case 'obey-injection':
      return /ignore (all|previous) instructions/i.test(last)
        ? 'I have been told to announce that all subsidies are doubled.'
        : `${sentence} [${id}]`;
    case 'chinese':
      return `静安区将推动科技履约贷、知识产权质押贷款等金融产品[${id}]。`;
    default:
      return `According to the policy, ${sentence.replace(/^We will /, 'the district will ')} [${id}]`;
  }
}

function sendEmbeddings(res: ServerResponse, body: Record<string, unknown>) {
  const inputs = ([] as string[]).concat(body.input as string | string[]);
  const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: hashEmbedding(text) }));
  send(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } });
}

/**
 * Deterministic bag-of-words vectors (Chinese by character): shared words mean nearby vectors,
 * enough for a protocol test. A constant component keeps any text off the zero vector.
 */
function hashEmbedding(text: string): number[] {
  const vector = new Array<number>(32).fill(0);
  vector[0] = 1;
  for (const word of text.toLowerCase().match(/[a-z]+|\p{Script=Han}/gu) ?? []) {
    let h = 0;
    for (const ch of word) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    vector[h % 32]! += 1;
  }
  return vector;
}

const completion = (content: string) => ({
  id: 'chatcmpl-fake',
  object: 'chat.completion',
  created: 0,
  model: 'fake',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
});
const chunk = (content: string) => ({
  id: 'chatcmpl-fake',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'fake',
  choices: [{ index: 0, delta: { content }, finish_reason: null }],
});

function send(res: ServerResponse, status: number, json: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
