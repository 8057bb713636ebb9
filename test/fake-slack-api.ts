import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSlackCall {
  /** A Web API method ("chat.postMessage"), or "response_url" for posts to a response URL. */
  method: string;
  args: Record<string, any>;
  /** For response_url calls: the id in the URL. */
  id?: string;
  /** What the fake answered. */
  response: Record<string, any>;
}

export interface FakeSlackApi {
  /** The Web API base for SLACK_API_URL, ending in "/api/". */
  apiUrl: string;
  responseUrl(id: string): string;
  calls: FakeSlackCall[];
  /** Fault mode: the next call to `method` answers {ok:false, error}, as Slack does for a bad token. */
  failNext(method: string, error: string): void;
  callsTo(method: string, where?: (call: FakeSlackCall) => boolean): FakeSlackCall[];
  /** Polls (bounded) until `count` calls to `method` match `where`, then returns the matching calls. */
  waitForCalls(method: string, where?: (call: FakeSlackCall) => boolean, count?: number, timeoutMs?: number): Promise<FakeSlackCall[]>;
  close(): Promise<void>;
}

export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';

/** A loopback stand-in for Slack's Web API that records every call and answers like Slack. */
export async function startFakeSlackApi(options: { socketUrl?: string } = {}): Promise<FakeSlackApi> {
  const calls: FakeSlackCall[] = [];
  const failures = new Map<string, string>();
  let clock = 1_700_000_000;
  const nextTs = () => `${++clock}.000100`;

  const server = createServer(async (req, res) => {
    const args = parseBody(await readBody(req), req.headers['content-type'] ?? '');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = url.pathname.replace(/^\/api\//, '');
    const call: FakeSlackCall = url.pathname.startsWith('/response/')
      ? { method: 'response_url', args, id: url.pathname.slice('/response/'.length), response: { ok: true } }
      : {
          method,
          args,
          response: failures.has(method) ? { ok: false, error: failures.get(method) } : answer(method, args, nextTs, options),
        };
    failures.delete(method);
    calls.push(call);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(call.response));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const callsTo = (method: string, where: (call: FakeSlackCall) => boolean = () => true) =>
    calls.filter((c) => c.method === method && where(c));
  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    failNext: (method, error) => failures.set(method, error),
    callsTo,
    async waitForCalls(method, where, count = 1, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (callsTo(method, where).length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} matching ${method} call(s), saw ${callsTo(method, where).length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return callsTo(method, where);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function answer(method: string, args: Record<string, any>, nextTs: () => string, options: { socketUrl?: string }): Record<string, any> {
  switch (method) {
    case 'apps.connections.open':
      return options.socketUrl ? { ok: true, url: options.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
    case 'auth.test':
      return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: 'T1', user: 'policy-assistant' };
    case 'chat.postMessage':
      return { ok: true, channel: args.channel, ts: nextTs(), message: { text: args.text } };
    case 'chat.update':
      return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: nextTs() };
    case 'views.open':
      return { ok: true, view: { id: 'V1', ...args.view } };
    default:
      return { ok: true };
  }
}

/** The Web API client sends forms whose object fields (blocks, view) are JSON; respond() sends JSON. */
function parseBody(raw: string, contentType: string): Record<string, any> {
  if (contentType.startsWith('application/json')) return JSON.parse(raw || '{}');
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Headers Slack would send with `body`: v0 HMAC-SHA256 of "v0:timestamp:body". */
export function signSlackRequest(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}
