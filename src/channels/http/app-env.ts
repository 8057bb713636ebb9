import type { Logger } from '../../core/logger.js';

/** What the middleware puts on the context: the request id, a logger that stamps it on each line, the client's signal. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Aborts when the client goes away (see request-signal.ts); set on the answering routes. */
    signal: AbortSignal;
  };
}
