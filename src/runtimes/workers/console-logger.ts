import type { Logger } from '../../core/logger.js';

// pino's level names, so LOG_LEVEL means the same on both runtimes.
const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/** The Logger on Workers: one JSON object per line, which Workers Logs and `wrangler tail` index by field. */
export function createConsoleLogger(level: string): Logger {
  const threshold = LEVELS[level] ?? LEVELS.info!;
  const write = (name: 'debug' | 'info' | 'warn' | 'error') => (obj: object, msg?: string) => {
    if (LEVELS[name]! < threshold) return;
    console[name](JSON.stringify({ level: name, msg, ...obj }, serializeErrors));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

// JSON.stringify drops an Error's own fields, which are the ones worth logging.
function serializeErrors(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}
