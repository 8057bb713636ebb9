import type { ChannelDeps, ChannelRoutes } from '../../core/channel.js';
import type { RateBuckets } from './rate-buckets.js';

/**
 * Where the app reports each request and reads GET /metrics from. Node passes one backed by
 * prom-client; Workers pass none (Cloudflare's analytics cover it), and /metrics is then 404.
 * Answers, feedback and matches are counted by the runtime around the core, for every channel.
 */
export interface HttpObserver {
  /** `route` is the matched pattern ("/api/measures/:id"), never the raw path, to bound label values. */
  request(request: { method: string; route: string; status: number; ms: number }): void;
  /** The Prometheus text exposition. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** Everything the HTTP app needs; each runtime builds it and passes it to createApp. */
export interface AppDeps extends ChannelDeps {
  /** Other channels' routes (widget, Slack, ...), mounted after the API's own. */
  channels?: ChannelRoutes[];
  observe?: HttpObserver;
  /** Where the rate limit keeps its buckets; unset: in this process. */
  rateBuckets?: RateBuckets;
}
