import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

const REMEMBERED_EVENTS = 1000;

/**
 * Drops Slack's retries (X-Slack-Retry-Num over HTTP, retry_attempt over Socket Mode) and any
 * event id seen before, so nothing is answered twice. Events are already acked by Bolt before
 * middleware runs, so a dropped event still gets its 200.
 */
export function createRedeliveryFilter(): Middleware<AnyMiddlewareArgs> {
  const seen = new Set<string>();
  return async ({ body, context, next }) => {
    if ((context.retryNum ?? 0) > 0) return;
    const eventId = 'event_id' in body ? body.event_id : undefined;
    if (typeof eventId === 'string') {
      if (seen.has(eventId)) return;
      seen.add(eventId);
      if (seen.size > REMEMBERED_EVENTS) seen.delete(seen.values().next().value!);
    }
    await next();
  };
}
