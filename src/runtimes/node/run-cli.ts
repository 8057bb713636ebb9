import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isAppError } from '../../core/errors.js';

/** A command called the wrong way; the message says how to call it instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * node:util's parseArgs, strict, with its errors turned into one line that points at --help.
 * `script` is the npm script name, as in `npm run <script> -- --help`.
 */
export function parseFlags<T extends ParseArgsConfig>(script: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>({ ...config, strict: true });
  } catch (error) {
    throw new UsageError(`${describeArgsError(error)}; run "npm run ${script} -- --help" for the flags`);
  }
}

function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1];
    return `unknown flag ${flag ?? ''}`.trim();
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    // Node's own wording is clear for these; only its second sentence is dropped.
    const first = message.split('. ')[0]!;
    return first.charAt(0).toLowerCase() + first.slice(1);
  }
  throw error;
}

/** Runs a command's main and exits with the code it returns. */
export function runCli(script: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => exitWithError(script, error),
  );
}

/**
 * A usage or configuration problem (UsageError, AppError) is one line on stderr and exit 2:
 * the message already names the problem and the fix, so a stack trace would only bury it.
 * Anything else is a bug: the full error and exit 1.
 */
export function exitWithError(script: string, error: unknown): never {
  if (error instanceof UsageError || isAppError(error)) {
    console.error(`${script}: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}

/** Runs one start-up step of a script without a main (the server); a known error ends the process as runCli would. */
export async function orExit<T>(script: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    return exitWithError(script, error);
  }
}
