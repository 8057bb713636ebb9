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
    writeFileSync(floors, '{"hit_at_3": 0.95, "refusal_accuracy": 0.95}');
    const { code, stdout, stderr } = await runCli(['--dataset', file, '--url', server.baseUrl, '--thresholds', floors]);
    expect(code).toBe(1);
    expect(stderr).toContain('refusal_accuracy: 0.500 is below the floor 0.95');
    expect(stderr).not.toContain('hit_at_3');
    expect(stdout).toContain('FAILED: refusal_accuracy');
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
