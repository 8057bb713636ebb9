import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findClosedPort, startCannedServer, type CannedServer } from '../../test/canned-server.js';
import { main } from './run-eval.js';

const dir = mkdtempSync(join(tmpdir(), 'run-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let server: CannedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function runCli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await main(argv, {}, { stdout: sink((t) => (stdout += t)), stderr: sink((t) => (stderr += t)) });
  return { code, stdout, stderr };
}

const DATASET = [
  '{"id": "q1", "question": "What does measure 10 say?", "expected": ["M10"], "kind": "lookup"}',
  '{"id": "q2", "question": "oops", "kind": ',
  '{"id": "q3", "question": "What is the weather tomorrow?", "expected": [], "kind": "out_of_scope", "refuse": true}',
].join('\n');

/** Cites M10 for everything and never refuses: right on q1, wrong on q3. */
function answerM10() {
  return {
    answer: 'Technology finance is supported [M10].',
    citations: [{ id: 'M10' }],
    refused: false,
    trace: { strategy: 'hybrid', retrieved: [{ id: 'M10', score: 1 }], query: 'x' },
  };
}

describe('npm run eval', () => {
  it('fails fast with exit code 2 and a clear message when --url is unreachable', async () => {
    const port = await findClosedPort();
    const { code, stderr, stdout } = await runCli(['--url', `http://127.0.0.1:${port}`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`eval: cannot reach http://127.0.0.1:${port}/healthz`));
    expect(stdout).toBe('');
  });

  it('reports a malformed line by number, runs the rest against --url and exits 1', async () => {
    server = await startCannedServer(answerM10);
    const file = join(dir, 'cases.jsonl');
    const json = join(dir, 'out', 'report.json');
    writeFileSync(file, DATASET);
    const { code, stdout, stderr } = await runCli(['--dataset', file, '--url', server.baseUrl, '--json', json, '--no-gate']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file} line 2 skipped`);
    expect(stdout).toMatch(/overall\s+2\s+1\.000\s+1\.000/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.cases.map((c: { id: string }) => c.id)).toEqual(['q1', 'q3']);
    expect(report.metrics.refusal_accuracy).toBe(0.5);
    expect(server.requests.filter((r) => r.url === '/api/chat?trace=1')).toHaveLength(2);
  });

  it('exits 1 below a floor, naming the metric', async () => {
    server = await startCannedServer(answerM10);
    const file = join(dir, 'good.jsonl');
    const floors = join(dir, 'floors.json');
    writeFileSync(file, [DATASET.split('\n')[0], DATASET.split('\n')[2]].join('\n'));
    writeFileSync(floors, '{"overall": {"hit_at_3": 0.95, "refusal_accuracy": 0.95}}');
    const { code, stdout, stderr } = await runCli(['--dataset', file, '--url', server.baseUrl, '--thresholds', floors]);
    expect(code).toBe(1);
    expect(stderr).toContain('overall refusal_accuracy: 0.500 is below the floor 0.95');
    expect(stderr).not.toContain('hit_at_3');
    expect(stdout).toContain('FAILED: overall refusal_accuracy');
  });

  it('runs every --dataset given, warns of unknown fields, asks turns in one conversation and prints each language', async () => {
    server = await startCannedServer(() => ({ ...answerM10(), conversationId: 'c_42', mode: 'offline' }));
    const english = join(dir, 'en.jsonl');
    const chinese = join(dir, 'zh.jsonl');
    const json = join(dir, 'many.json');
    writeFileSync(
      english,
      `${DATASET.split('\n')[0]}\n{"id": "q9", "question": "Weather?", "expected": [], "kind": "out_of_scope", "should_refuse": true}\n`,
    );
    const turns = [{ message: '科技金融有什么支持？', expected: ['M10'] }, { message: '谢谢' }];
    writeFileSync(chinese, `${JSON.stringify({ id: 'cz', kind: 'conversation', language: 'zh', turns })}\n`);
    const args = ['--dataset', english, '--dataset', chinese, '--url', server.baseUrl, '--json', json, '--no-gate', '--suggest-floors'];
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(0);
    expect(stderr).toContain(`eval: warning: ${english} line 2: unknown field "should_refuse" ignored (did you mean "refuse"?)`);
    expect(stdout).toContain('2 questions, 2 turns in 1 conversations');
    expect(stdout).toMatch(/\nen\nkind/);
    expect(stdout).toMatch(/\nzh\nkind[\s\S]*conversation\s+2/);
    const suggested = JSON.parse(stdout.split('suggested floors (0.02 below this run):\n')[1]!.split('\nwrote')[0]!);
    expect(suggested.zh).toEqual({
      hit_at_1: 0.98,
      hit_at_3: 0.98,
      mrr: 0.98,
      citation_precision: 0.98,
      citation_recall: 0.98,
      refusal_accuracy: 0.98,
      grounded_rate: 0.98,
      no_citation_accuracy: 0,
    });
    const chats = server.requests.filter((r) => r.url === '/api/chat?trace=1').map((r) => r.body);
    expect(chats.slice(2)).toEqual([
      { message: '科技金融有什么支持？', history: [] },
      { message: '谢谢', conversationId: 'c_42' },
    ]);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.cases.map((c: { id: string; file: string }) => [c.id, c.file])).toEqual([
      ['q1', english],
      ['q9', english],
      ['cz#1', chinese],
      ['cz#2', chinese],
    ]);
    expect(report.by_language.zh.no_citation_accuracy).toBe(0);
    expect(report.run).toMatchObject({
      mode: 'offline',
      datasets: [english, chinese],
      questions: 2,
      turns: 2,
      conversations: 1,
      profiles: 0,
    });
    expect(report.run.commit).toMatch(/^[0-9a-f]{4,}$/);
  });

  it('exits 2 on an unknown option or a missing dataset, 0 for --help', async () => {
    expect((await runCli(['--frobnicate'])).code).toBe(2);
    const missing = await runCli(['--dataset', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read dataset/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--baseline');
  });
});
