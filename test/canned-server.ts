import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedRequest {
  method: string;
  url: string;
  body: unknown;
}

export interface CannedServer {
  baseUrl: string;
  requests: CannedRequest[];
  close(): Promise<void>;
}

/** Answer for a chat body; a number is an HTTP error status. */
export type CannedChat = (body: { message: string; history?: unknown[] }) => object | number;

/** A stand-in assistant server on 127.0.0.1, for testing --url without the real one. */
export async function startCannedServer(chat: CannedChat): Promise<CannedServer> {
  const requests: CannedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = req.method === 'POST' ? JSON.parse(await readBody(req)) : null;
    requests.push({ method: req.method ?? '', url: req.url ?? '', body });
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method === 'GET' && req.url === '/healthz') return send(200, { ok: true });
    if (req.method === 'POST' && req.url === '/api/chat?trace=1') {
      const answer = chat(body);
      if (typeof answer === 'number') return send(answer, { error: { code: 'canned', message: 'canned failure' } });
      return send(200, answer);
    }
    send(404, { error: { code: 'not_found', message: 'no such route' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** A port nothing listens on: bound, noted, released. */
export async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
