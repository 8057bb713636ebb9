/** A bucket's size and refill rate: `capacity` tokens, refilled at `perMs` tokens a millisecond. */
export interface BucketLimit {
  capacity: number;
  perMs: number;
}

/**
 * Where the rate limit's token buckets live: this process (the default), a Node cluster's
 * primary (so every worker draws on one bucket per client), or the shared database (so every
 * instance does). The runtime picks; the limiter only takes tokens.
 */
export interface RateBuckets {
  /**
   * Refills the key's bucket up to `at` (a new key starts full), takes one token when there is
   * one, and returns the tokens there were before: the take succeeded when that is at least 1.
   */
  take(key: string, at: number, limit: BucketLimit): Promise<number>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Clients tracked at once; past it, clients whose bucket has refilled are forgotten first. */
const MAX_CLIENTS = 10_000;

/** Buckets in this process's memory, at most `maxClients` of them. */
export function createMemoryBuckets(maxClients = MAX_CLIENTS): RateBuckets {
  const buckets = new Map<string, Bucket>();
  return {
    async take(key, at, limit) {
      const previous = buckets.get(key);
      const available = previous ? refill(previous, at, limit) : limit.capacity;
      // Re-inserted, so the map's order is least recently seen first.
      buckets.delete(key);
      buckets.set(key, { tokens: available >= 1 ? available - 1 : available, at });
      if (buckets.size > maxClients) forgetIdle(buckets, at, limit, maxClients);
      return available;
    },
  };
}

function refill(bucket: Bucket, at: number, { capacity, perMs }: BucketLimit): number {
  return Math.min(capacity, bucket.tokens + Math.max(0, at - bucket.at) * perMs);
}

function forgetIdle(buckets: Map<string, Bucket>, at: number, limit: BucketLimit, maxClients: number): void {
  for (const [key, bucket] of buckets) if (refill(bucket, at, limit) >= limit.capacity) buckets.delete(key);
  for (const key of buckets.keys()) {
    if (buckets.size <= maxClients) break;
    buckets.delete(key);
  }
}
