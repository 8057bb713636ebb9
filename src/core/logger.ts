export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The subset of pino's API the core and channels use; Workers pass a console-backed one. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  /** pino's: false when the level is off, so a caller can skip building the line; absent means on. */
  isLevelEnabled?(level: LogLevel): boolean;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, isLevelEnabled: () => false };

export function isLevelEnabled(logger: Logger, level: LogLevel): boolean {
  return logger.isLevelEnabled?.(level) ?? true;
}
