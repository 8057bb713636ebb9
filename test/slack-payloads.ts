// What Slack sends to /slack/events, built once for every suite that plays Slack: the signed-request
// tests, the Slack harness and the red-team script.

/** An Events API delivery. */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: eventId, event_time: 1, event });
}

/** A `/policy` command. Each command has its own trigger id, as in Slack; a replay repeats the body, trigger id included. */
export function commandBody(text: string, responseUrl: string, triggerId: string): string {
  return new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    team_domain: 'bureau',
    channel_id: 'C9',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'li',
    command: '/policy',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: triggerId,
  }).toString();
}

/** A button click on a message (in a thread when `threadTs` is given). */
export function actionBody(
  action: { action_id: string; value: string },
  responseUrl: string,
  triggerId: string,
  threadTs?: string,
): string {
  return new URLSearchParams({
    payload: JSON.stringify({
      type: 'block_actions',
      api_app_id: 'A1',
      token: 'x',
      trigger_id: triggerId,
      team: { id: 'T1', domain: 'bureau' },
      user: { id: 'U1', username: 'li', team_id: 'T1' },
      channel: { id: 'C1', name: 'general' },
      container: { type: 'message', channel_id: 'C1', message_ts: '1.1', ...(threadTs ? { thread_ts: threadTs } : {}) },
      response_url: responseUrl,
      actions: [{ type: 'button', block_id: 'b1', action_ts: '1.2', ...action }],
    }),
  }).toString();
}
