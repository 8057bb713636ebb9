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

  it('reads a document file and the id of its folder', () => {
    expect(parseIngestArgs(['--id', 'jingan-ai-2026', 'measures.pdf'])).toEqual({
      help: false,
      force: false,
      file: 'measures.pdf',
      id: 'jingan-ai-2026',
    });
    expect(parseIngestArgs(['--force', 'guide.docx'])).toEqual({ help: false, force: true, file: 'guide.docx' });
  });

  it('rejects unknown flags, two files, a file with --check, and a malformed or lone --id', () => {
    const hint = 'run "npm run ingest -- --help" for the flags';
    expect(usageError(() => parseIngestArgs(['--forse']))).toBe(`unknown flag --forse; ${hint}`);
    expect(usageError(() => parseIngestArgs(['a.pdf', 'b.pdf']))).toBe(`one file at a time, got 2; ${hint}`);
    expect(usageError(() => parseIngestArgs(['--check', 'corpus/jingan', 'a.pdf']))).toBe(
      `give a FILE or --check FOLDER, not both; ${hint}`,
    );
    expect(usageError(() => parseIngestArgs(['--id', 'Jingan_AI', 'a.pdf']))).toBe(
      '--id "Jingan_AI" must be lowercase letters, digits and dashes (e.g. --id jingan-ai-2026)',
    );
    expect(usageError(() => parseIngestArgs(['--id', 'x-']))).toBe(`--id names the folder for a FILE; none given; ${hint}`);
    expect(usageError(() => parseIngestArgs(['--id', 'x-', 'a.pdf']))).toMatch(/^--id "x-" must be/);
  });
});

describe('help texts', () => {
  it.each([
    ['ask', ASK_HELP, ['--json', '--conversation', '--help']],
    ['ingest', INGEST_HELP, ['--force', '--check', '--id', '--help']],
  ])('%s lists its flags and an example', (script, help, flags) => {
    for (const flag of flags) expect(help).toContain(flag);
    expect(help).toMatch(new RegExp(`^examples?: .*npm run ${script} -- `, 'm'));
  });
});
