import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EvalSetupError } from './answerer.js';
import { findClosedPort, startCannedServer, type CannedServer } from '../../test/canned-server.js';
import type { EvalCase } from './dataset.js';
import { checkServer, createHttpAnswerer, createHttpMatcher, normalizeBaseUrl } from './http-answerer.js';

const ANSWER = {
  answer: 'Technology firms can pledge patents [M10].',
  citations: [{ id: 'M10', title: 't', section: 's', departments: [], quote: 'q', score: 0.8 }],
  refused: false,
  notices: [],
  conversationId: 'c_1',
  messageId: 'm_1',
  mode: 'offline',
};

const CASE: EvalCase = {
  id: 'q2',
  question: 'Who handles that?',
  expected: ['M10'],
  kind: 'followup',
  refuse: false,
  history: [{ role: 'user', content: 'Can a tech company borrow against patents?' }],
};

let server: CannedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  vi.unstubAllGlobals();
});

describe('createHttpAnswerer', () => {
  it('posts the question and history to /api/chat?trace=1 and ranks by the trace', async () => {
    server = await startCannedServer(() => ({
      ...ANSWER,
      trace: {
        strategy: 'hybrid',
        retrieved: [
          { id: 'M12', score: 0.9 },
          { id: 'M10', score: 0.8 },
        ],
        query: 'x',
      },
    }));
    const result = await createHttpAnswerer(`${server.baseUrl}/`)(CASE);
    expect(server.requests[0]).toEqual({
      method: 'POST',
      url: '/api/chat?trace=1',
      body: { message: CASE.question, history: CASE.history },
    });
    expect(result).toEqual({
      retrieved: ['M12', 'M10'],
      cited: ['M10'],
      refused: false,
      answer: ANSWER.answer,
      conversationId: 'c_1',
      mode: 'offline',
    });
  });

  it("continues a conversation by the server's id instead of sending the history", async () => {
    server = await startCannedServer(() => ANSWER);
    await createHttpAnswerer(server.baseUrl)(CASE, { conversationId: 'c_1' });
    expect(server.requests[0]!.body).toEqual({ message: CASE.question, conversationId: 'c_1' });
  });

  it('falls back to the citation order when the server sends no trace', async () => {
    server = await startCannedServer(() => ANSWER);
    expect((await createHttpAnswerer(server.baseUrl)(CASE)).retrieved).toEqual(['M10']);
  });

  it("throws the server's error message on an error status, and on a body that is not an Answer", async () => {
    server = await startCannedServer((body) => (body.message === 'bad' ? 500 : { answer: 1 }));
    const answer = createHttpAnswerer(server.baseUrl);
    await expect(answer({ ...CASE, question: 'bad' })).rejects.toThrow('HTTP 500: canned failure');
    await expect(answer(CASE)).rejects.toThrow(/not an Answer object/);
  });
});

describe('createHttpMatcher', () => {
  it('posts the profile to /api/match, asking for 10 matches, and keeps their order, need and quote', async () => {
    const calls: { url: string; body: unknown }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      const matches = [
        { id: 'M30', title: 't', departments: [], reason: { quote: 'q30', need: 'rnd' }, score: 0.9 },
        { id: 'M15', title: 't', departments: [], reason: { quote: 'q15', need: 'financing' }, score: 0.5 },
      ];
      return Response.json({ matches, language: 'en', notices: [] });
    });
    const matches = await createHttpMatcher('http://assistant.test/')({
      id: 'p',
      kind: 'match',
      language: 'en',
      profile: 'A biotech',
      needs: ['rnd'],
      expected: [],
    });
    expect(calls).toEqual([{ url: 'http://assistant.test/api/match', body: { profile: 'A biotech', needs: ['rnd'], limit: 10 } }]);
    expect(matches).toEqual([
      { id: 'M30', need: 'rnd', quote: 'q30' },
      { id: 'M15', need: 'financing', quote: 'q15' },
    ]);
  });

  it("throws the server's error, and on a body that is not a match result", async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'invalid_request', message: 'profile too long' } }, { status: 400 }));
    const profile = { id: 'p', kind: 'match' as const, language: 'en' as const, profile: 'x', expected: [] };
    await expect(createHttpMatcher('http://assistant.test')(profile)).rejects.toThrow('HTTP 400: profile too long');
    vi.stubGlobal('fetch', async () => Response.json({ matches: [{ id: 'M1' }] }));
    await expect(createHttpMatcher('http://assistant.test')(profile)).rejects.toThrow(/not a match result/);
  });
});

describe('checkServer', () => {
  it('passes when /healthz answers', async () => {
    server = await startCannedServer(() => ANSWER);
    await expect(checkServer(server.baseUrl)).resolves.toBeUndefined();
  });

  it('fails fast with a clear message when nothing listens', async () => {
    const port = await findClosedPort();
    const error = await checkServer(`http://127.0.0.1:${port}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvalSetupError);
    expect((error as Error).message).toMatch(new RegExp(`cannot reach http://127.0.0.1:${port}/healthz: ECONNREFUSED.*npm start`));
  });

  it('gives up after the timeout when the server accepts but never answers', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      await expect(checkServer(`http://127.0.0.1:${port}`, 200)).rejects.toThrow(/no answer within 200 ms/);
    } finally {
      silent.close();
    }
  });

  it('rejects a URL that is not http(s)', () => {
    expect(() => normalizeBaseUrl('localhost:8787')).toThrow(EvalSetupError);
    expect(() => normalizeBaseUrl('not a url')).toThrow(/is not a URL/);
    expect(normalizeBaseUrl('https://example.org/assistant/')).toBe('https://example.org/assistant');
  });
});
