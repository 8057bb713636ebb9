import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'match-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run match -- ...` as npm runs it (tsx), with a clean environment. */
function match(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dir, LOG_LEVEL: 'silent', POLICY_TODAY: '2026-01-15' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/runtimes/node/match-cli.ts', ...args],
      { cwd: ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('npm run match', () => {
  it('prints ranked measures with reason, need and department, in Chinese for a Chinese description', async () => {
    const { code, stdout, stderr } = await match('我们是一家40人的人工智能初创公司，需要融资和人才');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^可能适用的措施共\d+项/);
    expect(stdout).toContain('措施41 · 加强人才引育和服务保障');
    expect(stdout).toContain('需求：人才；责任部门：区人才局');
    expect(stdout).toContain('注：本措施有效期至2025年12月31日，目前已到期。');
  });

  it("prints the API's JSON with --json, honouring --industry, --need and --limit", async () => {
    const { code, stdout } = await match(
      '--json',
      '--industry',
      'biotech',
      '--need',
      'financing',
      '--limit',
      '2',
      'We develop antibody drugs with hospitals.',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.language).toBe('en');
    expect(result.matches).toHaveLength(2);
    expect(result.matches[0]).toMatchObject({ id: 'M30', reason: { need: 'rnd' } });
    expect(Object.keys(result.matches[0]).sort()).toEqual(['departments', 'id', 'reason', 'score', 'title']);
  });

  it.each([
    [[], 'match: no description given; for example: npm run match -- "We are a 40-person AI start-up and need funding and talent."'],
    [['--need', 'money', 'a bank'], 'match: unknown need "money": use one of financing, talent, rnd, market, space, ip, brand, other'],
    [['--limit', '21', 'a bank'], 'match: --limit must be a whole number from 1 to 20'],
    [['--limt', '3', 'a bank'], 'match: unknown flag --limt; run "npm run match -- --help" for the flags'],
  ])('misuse %j ends in one line and exit 2', async (args, line) => {
    expect(await match(...args)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('shows help with an example', async () => {
    const { code, stdout } = await match('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('usage: npm run match -- [flags] "description of the company"');
    expect(stdout).toContain('examples: npm run match -- ');
  });
});
