import { Hono } from 'hono';
import type { ChannelRoutes } from '../../core/channel.js';
import { bodyLimit } from 'hono/body-limit';
import { errorBody } from '../../core/errors.js';

/** Interaction payloads carry the whole message they came from: up to 50 blocks of 3000 characters. */
const SLACK_MAX_BODY_BYTES = 1024 * 1024;

/** What the HTTP app needs from Slack; kept free of Bolt so the Hono app does not load it. */
export interface SlackHandler {
  handle(request: Request): Promise<Response>;
}

/** POST /slack/events: events, interactivity and slash commands, all signed by Slack. */
export function createSlackChannel(slack: SlackHandler): ChannelRoutes {
  const app = new Hono();
  app.post(
    '/events',
    bodyLimit({
      maxSize: SLACK_MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody('payload_too_large', `the body must be at most ${SLACK_MAX_BODY_BYTES} bytes`), 413),
    }),
    (c) => slack.handle(c.req.raw),
  );
  return { path: '/slack', routes: app };
}
