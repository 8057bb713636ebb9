import type { ChannelDeps, ChannelRoutes } from '../../core/channel.js';

/** Everything the HTTP app needs; each runtime builds it and passes it to createApp. */
export interface AppDeps extends ChannelDeps {
  /** Other channels' routes (widget, Slack, ...), mounted after the API's own. */
  channels?: ChannelRoutes[];
}
