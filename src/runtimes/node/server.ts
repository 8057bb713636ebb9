import { serve } from '@hono/node-server';
import { createApp, MAX_BODY_BYTES } from '../../channels/http/create-app.js';
import { parseConfig } from '../../core/config.js';
import { createNodeChannels, createNodeDeps } from './create-node-deps.js';
import { describeListenError } from './listen-error.js';
import { readSmallBodiesFirst } from './read-small-bodies.js';
import { startRetention } from './retention.js';
import { exitWithError, orExit } from './run-cli.js';

const started = performance.now();
// A bad setting, a locked database or a busy port ends start-up with one line naming the fix.
const config = await orExit('start', () => parseConfig(process.env));
const deps = await orExit('start', () => createNodeDeps(config));
const app = createApp({ ...deps, channels: await createNodeChannels(deps) });
const stopRetention = startRetention(deps.store, config.retentionDays, { logger: deps.logger });

if (!config.slack) deps.logger.info({}, 'Slack is off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to enable it)');
// Not awaited: an unreachable Slack must not keep the web API from starting.
const socketMode = config.slack?.appToken
  ? import('../../channels/slack/create-slack-app.js')
      .then(({ startSlackSocketMode }) => startSlackSocketMode(deps))
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'Slack Socket Mode failed to start');
        return null;
      })
  : null;

const server = serve(
  { fetch: app.fetch, port: config.port, hostname: config.host, createServer: readSmallBodiesFirst(MAX_BODY_BYTES) },
  (info) => {
    deps.logger.info(
      {
        url: `http://${info.address === '::1' ? 'localhost' : info.address}:${info.port}`,
        mode: config.openai ? 'llm' : 'offline',
        slack: !config.slack ? 'off' : config.slack.appToken ? 'socket-mode' : 'http',
        indexRebuilt: deps.assistant.indexRebuilt,
        startupMs: Math.round(performance.now() - started),
      },
      'assistant listening',
    );
  },
);
server.on('error', (error) => exitWithError('start', describeListenError(error, config)));

const shutdown = () => {
  stopRetention();
  void socketMode?.then((slack) => slack?.stop());
  server.close(() => {
    void deps.store.close().then(() => process.exit(0));
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
