import { describe, expect, it } from 'vitest';
import { ASK_HELP, INGEST_HELP, parseAskArgs, parseIngestArgs } from './cli-args.js';
import { UsageError } from './run-cli.js';

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error('no usage error');
}

describe('ask arguments', () => {
  it('joins the words of the question and reads the flags', () => {
    expect(parseAskArgs(['--json', '--conversation', 'c1', 'Who', 'handles', 'that?'])).toEqual({
      help: false,
      json: true,
      conversation: 'c1',
      message: 'Who handles that?',
    });
  });

  it('accepts --help or -h without a question', () => {
    expect(parseAskArgs(['--help']).help).toBe(true);
    expect(parseAskArgs(['-h']).help).toBe(true);
  });

  it('turns each misuse into one line that says what to do', () => {
    expect(usageError(() => parseAskArgs(['--jsn', 'hi']))).toBe('unknown flag --jsn; run "npm run ask -- --help" for the flags');
    expect(usageError(() => parseAskArgs(['hi', '--conversation']))).toBe(
      `option '--conversation <value>' argument missing; run "npm run ask -- --help" for the flags`,
    );
    expect(usageError(() => parseAskArgs(['--json']))).toMatch(/^no question given; for example: npm run ask -- "/);
  });
});

describe('ingest arguments', () => {
  it('reads --force and --help', () => {
    expect(parseIngestArgs([])).toEqual({ help: false, force: false });
    expect(parseIngestArgs(['--force'])).toEqual({ help: false, force: true });
    expect(parseIngestArgs(['--help']).help).toBe(true);
  });

  it('rejects unknown flags and stray words', () => {
    expect(usageError(() => parseIngestArgs(['--forse']))).toBe('unknown flag --forse; run "npm run ingest -- --help" for the flags');
    expect(usageError(() => parseIngestArgs(['now']))).toBe(`unexpected argument 'now'; run "npm run ingest -- --help" for the flags`);
  });
});

describe('help texts', () => {
  it.each([
    ['ask', ASK_HELP, ['--json', '--conversation', '--help']],
    ['ingest', INGEST_HELP, ['--force', '--help']],
  ])('%s lists its flags and an example', (script, help, flags) => {
    for (const flag of flags) expect(help).toContain(flag);
    expect(help).toMatch(new RegExp(`^examples?: .*npm run ${script} -- `, 'm'));
  });
});
