import { describe, expect, it } from 'vitest';
import { parseFlags, UsageError } from './run-cli.js';

describe('parseFlags', () => {
  const options = { verbose: { type: 'boolean' as const }, out: { type: 'string' as const } };

  it('parses strictly and returns typed values', () => {
    const { values, positionals } = parseFlags('demo', { args: ['--verbose', '--out', 'x', 'word'], options, allowPositionals: true });
    expect(values).toEqual({ verbose: true, out: 'x' });
    expect(positionals).toEqual(['word']);
  });

  it.each([
    [['--verbos'], 'unknown flag --verbos'],
    [['-q'], 'unknown flag -q'],
    [['--verbose=yes'], "option '--verbose' does not take an argument"],
    [['--out'], "option '--out <value>' argument missing"],
    [['stray'], "unexpected argument 'stray'"],
  ])('%j is one usage line pointing at --help', (args, problem) => {
    let caught: unknown;
    try {
      parseFlags('demo', { args, options, allowPositionals: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).message).toBe(`${problem}; run "npm run demo -- --help" for the flags`);
  });
});
