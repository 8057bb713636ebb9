import type { Cluster } from 'node:cluster';
import { createMemoryBuckets, type BucketLimit, type RateBuckets } from '../../channels/http/rate-buckets.js';

interface TakeRequest {
  rateLimitTake: { id: number; key: string; at: number; limit: BucketLimit };
}

interface TakeReply {
  rateLimitTaken: { id: number; available: number };
}

/**
 * In the cluster's primary: one set of buckets for every worker, so a client gets the configured
 * allowance whichever worker answers. The primary does nothing else per request, so a take costs
 * one IPC round trip on this machine.
 */
export function serveClusterBuckets(cluster: Cluster): void {
  const buckets = createMemoryBuckets();
  cluster.on('message', (worker, message: Partial<TakeRequest>) => {
    const take = message?.rateLimitTake;
    if (!take) return;
    void buckets.take(take.key, take.at, take.limit).then((available) => {
      if (worker.isConnected()) worker.send({ rateLimitTaken: { id: take.id, available } } satisfies TakeReply);
    });
  });
}

/** In a cluster worker: the buckets of the primary (serveClusterBuckets), over the IPC channel. */
export function createClusterBuckets(channel: NodeJS.Process = process): RateBuckets {
  const pending = new Map<number, { resolve: (available: number) => void; reject: (error: Error) => void }>();
  let next = 0;
  channel.on('message', (message: Partial<TakeReply>) => {
    const reply = message?.rateLimitTaken;
    if (!reply) return;
    pending.get(reply.id)?.resolve(reply.available);
    pending.delete(reply.id);
  });
  channel.on('disconnect', () => {
    for (const { reject } of pending.values()) reject(new Error('the cluster primary is gone'));
    pending.clear();
  });
  return {
    take(key, at, limit) {
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        channel.send!({ rateLimitTake: { id, key, at, limit } } satisfies TakeRequest, undefined, undefined, (error) => {
          if (!error) return;
          pending.delete(id);
          reject(error);
        });
      });
    },
  };
}
