import { serve } from '@hono/node-server';
import { createApp } from '../../channels/http/create-app.js';
import { parseConfig } from '../../core/config.js';
import { buildWidget } from '../../../scripts/build-widget.js';
import { createNodeDeps } from './create-node-deps.js';
import { startRetention } from './retention.js';

const started = performance.now();
const config = parseConfig(process.env);
const deps = await createNodeDeps(config);
const app = createApp({ ...deps, widget: await buildWidget() });
const stopRetention = startRetention(deps.store, config.retentionDays, { logger: deps.logger });

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  deps.logger.info(
    {
      url: `http://${info.address === '::1' ? 'localhost' : info.address}:${info.port}`,
      mode: config.openai ? 'llm' : 'offline',
      indexRebuilt: deps.assistant.indexRebuilt,
      startupMs: Math.round(performance.now() - started),
    },
    'assistant listening',
  );
});

const shutdown = () => {
  stopRetention();
  server.close(() => {
    void deps.store.close().then(() => process.exit(0));
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
