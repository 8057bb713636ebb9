// The Node-only request paths of the HTTP channel, over a real @hono/node-server on loopback:
// the body read before routing and handed to Hono's cache, the Content-Length body limit, and
// the client's signal taken from the response's close event.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEnv } from '../src/channels/http/app-env.js';
import { limitBody } from '../src/channels/http/limit-body.js';
import { usePrefetchedBody } from '../src/channels/http/prefetched-body.js';
import { captureSignal, requestSignal } from '../src/channels/http/request-signal.js';
import { readSmallBodiesFirst } from '../src/runtimes/node/read-small-bodies.js';

const MAX = 64;
let server: ServerType | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function start(app: Hono<AppEnv>): Promise<string> {
  return new Promise((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1', createServer: readSmallBodiesFirst(MAX) }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
}

function echoApp() {
  const app = new Hono<AppEnv>();
  app.use('*', limitBody({ maxSize: MAX, onError: (c) => c.json({ error: 'too large' }, 413) }));
  app.use('*', usePrefetchedBody());
  app.post('/json', async (c) => c.json({ parsed: await c.req.json() }));
  app.post('/text', async (c) => c.text(await c.req.text()));
  app.post('/bytes', async (c) => c.json([...new Uint8Array(await c.req.arrayBuffer())]));
  app.onError((_error, c) => c.json({ error: 'bad body' }, 400));
  return app;
}

describe('a body read before routing', () => {
  it('parses JSON, and keeps the exact text and bytes', async () => {
    const url = await start(echoApp());
    const post = (path: string, body: BodyInit) => fetch(`${url}${path}`, { method: 'POST', body });
    expect(await (await post('/json', '{"message":"第十条"}')).json()).toEqual({ parsed: { message: '第十条' } });
    expect(await (await post('/text', '\uFEFF  spaced  ')).text()).toBe('  spaced  ');
    expect(await (await post('/bytes', new Uint8Array([0xff, 0x00, 0x7b]))).json()).toEqual([0xff, 0x00, 0x7b]);
  });

  it('leaves malformed JSON to Hono, which refuses it', async () => {
    const url = await start(echoApp());
    const response = await fetch(`${url}/json`, { method: 'POST', body: '{"message":' });
    expect(response.status).toBe(400);
  });

  it('refuses a declared length over the limit, and an undeclared one once it passes it', async () => {
    const url = await start(echoApp());
    const declared = await fetch(`${url}/text`, { method: 'POST', body: 'x'.repeat(MAX + 1) });
    expect(declared.status).toBe(413);
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(MAX)));
        controller.close();
      },
    });
    const streamed = await fetch(`${url}/text`, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await (await fetch(`${url}/text`, { method: 'POST', body: 'small' })).text()).toBe('small');
  });
});

describe('the client signal on Node', () => {
  it('aborts when the client leaves before the answer, and not after a finished answer', async () => {
    const signals: AbortSignal[] = [];
    let entered: () => void = () => {};
    const app = new Hono<AppEnv>();
    app.use('*', captureSignal());
    app.get('/slow', async (c) => {
      const signal = requestSignal(c);
      signals.push(signal);
      entered();
      await new Promise((resolve) => signal.addEventListener('abort', resolve));
      return c.text('never sent');
    });
    app.get('/fast', (c) => {
      signals.push(requestSignal(c));
      return c.text('done');
    });
    const url = await start(app);

    expect(await (await fetch(`${url}/fast`)).text()).toBe('done');
    const inRoute = new Promise<void>((resolve) => (entered = resolve));
    const client = httpRequest(`${url}/slow`);
    client.on('error', () => {});
    client.end();
    await inRoute;
    expect(signals[1]!.aborted).toBe(false);
    client.destroy();
    await new Promise<void>((resolve) => signals[1]!.addEventListener('abort', () => resolve()));
    expect(signals[1]!.aborted).toBe(true);
    expect(signals[0]!.aborted).toBe(false);
  });
});
