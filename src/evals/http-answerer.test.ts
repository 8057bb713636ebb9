import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EvalSetupError } from './answerer.js';
import { findClosedPort, startCannedServer, type CannedServer } from '../../test/canned-server.js';
import type { EvalCase } from './dataset.js';
import { checkServer, createHttpAnswerer, normalizeBaseUrl } from './http-answerer.js';

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
});

describe('createHttpAnswerer', () => {
  it('posts the question and history to /api/chat?trace=1 and ranks by the trace', async () => {
    server = await startCannedServer(() => ({ ...ANSWER, trace: { strategy: 'hybrid', retrieved: [{ id: 'M12', score: 0.9 }, { id: 'M10', score: 0.8 }], query: 'x' } }));
    const result = await createHttpAnswerer(`${server.baseUrl}/`)(CASE);
    expect(server.requests[0]).toEqual({ method: 'POST', url: '/api/chat?trace=1', body: { message: CASE.question, history: CASE.history } });
    expect(result).toEqual({ retrieved: ['M12', 'M10'], cited: ['M10'], refused: false, answer: ANSWER.answer });
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
