import type { Logger } from '../../core/logger.js';

/** What the request middleware puts on every context: the request id, and a logger that stamps it on each line. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
  };
}
