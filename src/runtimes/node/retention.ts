import { silentLogger, type Logger } from '../../core/logger.js';
import { DAY_MS, retentionCutoff } from '../../core/storage/retention.js';
import type { Store } from '../../core/storage/store.js';

export interface RetentionOptions {
  now?: () => Date;
  intervalMs?: number;
  logger?: Logger;
}

/**
 * Purges at once (so a server that was down for weeks catches up on start) and then daily.
 * The timer is unref'd so it never keeps the process alive; stop() ends it.
 */
export function startRetention(store: Store, retentionDays: number, options: RetentionOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const run = () => {
    const cutoff = retentionCutoff(now(), retentionDays);
    store.purgeBefore(cutoff).then(
      (purged) => {
        if (purged > 0) logger.info({ purged, cutoff, retentionDays }, 'retention purged conversations');
      },
      // A failed purge is retried at the next tick; it must not take the server down.
      (error: unknown) => logger.error({ err: error, cutoff }, 'retention purge failed'),
    );
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
