import type { AppDeps } from '../http/deps.js';

/** What the Slack app needs from a runtime: the same core and store as the HTTP API. */
export type SlackDeps = Pick<AppDeps, 'config' | 'policy' | 'chat' | 'store' | 'logger'>;
