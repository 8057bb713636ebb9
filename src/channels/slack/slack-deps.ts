import type { ChannelDeps } from '../../core/channel.js';

/** What the Slack app needs from a runtime: the same core and store as every channel. */
export type SlackDeps = ChannelDeps;
