import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../src/runtimes/node/sqlite-store.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kill-nine-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const FROM_SOURCES = ['--import', 'tsx', 'src/runtimes/node/server.ts'];
/** What `npm start` runs: the bundle in dist/, rebuilt first if the sources changed. */
const FROM_BUNDLE = ['scripts/start.mjs'];

interface Server {
  child: ChildProcess;
  url: string;
  /** The processes that serve: the child itself, or its cluster workers. */
  pids: number[];
}

/** Starts the real server on a port of the OS's choosing; resolves once `processes` have logged that they listen. */
function startServer(args = FROM_SOURCES, processes = 1): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'info' };
  for (const key of ['OPENAI_API_KEY', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'ADMIN_TOKEN']) delete env[key];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const pids: number[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string; pid: number };
        if (entry.msg !== 'assistant listening' || !entry.url) return;
        pids.push(entry.pid);
        if (pids.length === processes) resolve({ child, url: entry.url, pids });
      } catch {
        // Not a log line; ignore.
      }
    });
    child.on('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before listening: ${stderr}`)));
  });
}

/** SIGKILL to the child and every serving process, as a crash or an OOM kill would. */
async function killHard({ child, pids }: Server): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  for (const pid of pids) if (pid !== child.pid) process.kill(pid, 'SIGKILL');
  await exited;
  while (pids.some(isAlive)) await new Promise((resolve) => setTimeout(resolve, 20));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('acknowledged writes survive kill -9', () => {
  it('keeps the conversation and the feedback after SIGKILL and a restart', { timeout: 60_000 }, async () => {
    const first = await startServer();
    const chat = await postJson(`${first.url}/api/chat`, { message: 'Can a technology company get a loan backed by its patents?' });
    expect(chat.status).toBe(200);
    const { conversationId, messageId, answer } = (await chat.json()) as { conversationId: string; messageId: string; answer: string };
    const feedback = await postJson(`${first.url}/api/feedback`, { conversationId, messageId, rating: 'down', comment: 'kill -9 check' });
    expect(feedback.status).toBe(201);
    await killHard(first);

    const second = await startServer();
    const res = await fetch(`${second.url}/api/conversations/${conversationId}`);
    expect(res.status).toBe(200);
    const conversation = (await res.json()) as { messages: Array<{ id: string; role: string; text: string }> };
    expect(conversation.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(conversation.messages[1]).toMatchObject({ id: messageId, text: answer });

    const store = openSqliteStore(join(dir, 'assistant.db'));
    try {
      expect(await store.getFeedback(messageId)).toMatchObject({ conversationId, rating: 'down', comment: 'kill -9 check' });
    } finally {
      await store.close();
    }
    await killHard(second);
  });

  it.each([
    { name: 'the bundle', args: FROM_BUNDLE, processes: 1 },
    { name: 'two cluster workers sharing the database', args: [...FROM_BUNDLE, '--workers', '2'], processes: 2 },
  ])('keeps every exchange of concurrent requests, which share commits, from $name', async ({ args, processes }) => {
    const server = await startServer(args, processes);
    const replies = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const res = await postJson(`${server.url}/api/chat`, { message: 'Who supports companies that go public?' });
        expect(res.status).toBe(200);
        return (await res.json()) as { conversationId: string; messageId: string };
      }),
    );
    await killHard(server);

    const store = openSqliteStore(join(dir, 'assistant.db'));
    try {
      for (const { conversationId, messageId } of replies) {
        expect((await store.listMessages(conversationId)).map((m) => m.id)).toEqual([expect.any(String), messageId]);
      }
    } finally {
      await store.close();
    }
  });
});
