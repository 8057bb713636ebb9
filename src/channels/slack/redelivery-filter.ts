import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import type { Store } from '../../core/storage/store.js';

/** Where deliveries are remembered: the store, so a restart forgets nothing. */
export type DeliveryLog = Pick<Store, 'claimDelivery' | 'finishDelivery'>;

/**
 * A claim not finished within this time belongs to a process that died mid-answer, and a
 * redelivery may take it over. Well above one answer's budget (OPENAI_TIMEOUT_MS, 20 s by default).
 */
const STALE_AFTER_MS = 2 * 60 * 1000;

/**
 * Exactly once: each event (by event id) and each slash command (by trigger id, the same in a
 * replayed request) is answered by the first delivery that claims it; Slack's retries and
 * replays of it are acked and skipped. A retry of an event never claimed (the first attempt
 * never reached a live process) is answered. Events are acked by Bolt before middleware runs;
 * a skipped command gets the receiver's empty 200.
 */
export function createRedeliveryFilter(deps: { deliveries: DeliveryLog; logger?: Logger }): Middleware<AnyMiddlewareArgs> {
  const { deliveries } = deps;
  return async ({ body, next }) => {
    const key = deliveryKey(body as Record<string, unknown>);
    if (!key) return next();
    const now = Date.now();
    if (!(await deliveries.claimDelivery(key, iso(now), iso(now - STALE_AFTER_MS)))) {
      deps.logger?.info({ key }, 'slack redelivery skipped: already answered or being answered');
      return;
    }
    try {
      await next();
    } finally {
      await deliveries.finishDelivery(key, iso(Date.now()));
    }
  };
}

function deliveryKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === 'string') return `slack-event:${body.event_id}`;
  if (typeof body.command === 'string' && typeof body.trigger_id === 'string') return `slack-command:${body.trigger_id}`;
  return null;
}

const iso = (ms: number) => new Date(ms).toISOString();
