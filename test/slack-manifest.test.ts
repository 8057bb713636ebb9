import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createSlackChannel } from '../src/channels/slack/slack-routes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLACK_SRC = join(ROOT, 'src/channels/slack');

interface Manifest {
  features: { slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'slack/manifest.json'), 'utf8')) as Manifest;

/** The bot's source, tests excluded: what it really calls and listens to. */
const source = readdirSync(SLACK_SRC)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(SLACK_SRC, f), 'utf8'))
  .join('\n');

/** Scopes each Web API method needs (Slack's reference); a method missing here fails the test below. */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'views.open': [],
};

/** Scopes each subscribed event needs. */
const EVENT_SCOPES: Record<string, string> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
};

const webApiMethods = [...new Set([...source.matchAll(/\bclient\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))].sort();
const handledEvents = [...new Set([...source.matchAll(/\bapp\.event\('(\w+)'/g)].map((m) => m[1]!))].sort();
const urls = [
  manifest.settings.event_subscriptions.request_url,
  manifest.settings.interactivity.request_url,
  ...manifest.features.slash_commands.map((c) => c.url),
];

describe('slack/manifest.json', () => {
  it('points every request URL at the route the server mounts, with only the host to fill in', async () => {
    expect(new Set(urls)).toEqual(new Set(['https://YOUR_HOST/slack/events']));
    const received: string[] = [];
    const channel = createSlackChannel({
      handle: async (request) => {
        received.push(new URL(request.url).pathname);
        return new Response(null, { status: 200 });
      },
    });
    // Mounted as createApp mounts every channel.
    const app = new Hono().route(channel.path, channel.routes);
    for (const url of urls) expect((await app.request(new URL(url).pathname, { method: 'POST', body: '{}' })).status).toBe(200);
    expect(received).toEqual(urls.map(() => '/slack/events'));
  });

  it('declares the /policy command the bot registers, and interactivity for its buttons', () => {
    expect(source).toMatch(/POLICY_COMMAND = '\/policy'/);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/policy']);
    expect(source).toMatch(/\bapp\.action\b/);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('subscribes to exactly the events the bot handles', () => {
    expect(handledEvents).toEqual(['app_mention', 'message']);
    const subscribed = manifest.settings.event_subscriptions.bot_events;
    expect(new Set(subscribed.map((e) => e.split('.')[0]))).toEqual(new Set(handledEvents));
    for (const event of subscribed) expect(EVENT_SCOPES, `scope for ${event}`).toHaveProperty([event]);
  });

  it('asks for the scopes the bot needs and no others', () => {
    expect(webApiMethods).toEqual(['auth.test', 'chat.postMessage', 'chat.update', 'views.open']);
    for (const method of webApiMethods) expect(METHOD_SCOPES, `scopes for ${method}`).toHaveProperty([method]);
    const needed = new Set([
      ...webApiMethods.flatMap((m) => METHOD_SCOPES[m]!),
      ...manifest.settings.event_subscriptions.bot_events.map((e) => EVENT_SCOPES[e]!),
      'commands',
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('ships for HTTP; Socket Mode is switched on by the admin (docs/slack.md)', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
