import type { ExecutionContext } from 'hono';
import wordVectors from '../../../models/word-vectors.bin';
import { createApp } from '../../channels/http/create-app.js';
import { createWidgetChannel } from '../../channels/widget/widget-routes.js';
import { errorBody } from '../../core/errors.js';
import { retentionCutoff } from '../../core/storage/retention.js';
import { loadBundledIndex } from './bundled-index.js';
import { createConsoleLogger } from './console-logger.js';
import { createD1Store } from './d1-store.js';
import { createWorkerDeps, readConfig, type WorkerEnv } from './create-worker-deps.js';
import assetsJson from './generated/worker-assets.txt';
import type { WorkerAssets } from './worker-assets.js';

const assets = JSON.parse(assetsJson) as WorkerAssets;
// Global scope: the startup budget (1 s) pays for decoding the word vectors (~60 ms), not the
// first request's CPU time (10 ms on the free plan); a stale bundle also fails at upload.
const index = loadBundledIndex(assets, wordVectors);
type App = ReturnType<typeof createApp>;
/** Needs the bindings, so it is built on the first request and kept for the isolate's life. */
let app: Promise<App> | undefined;

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    let ready: App;
    try {
      app ??= buildApp(env);
      ready = await app;
    } catch (error) {
      app = undefined;
      createConsoleLogger('error').error({ err: error }, 'worker start failed');
      return Response.json(errorBody('internal_error', 'The assistant could not start; please try again.'), { status: 500 });
    }
    return ready.fetch(request, env, ctx);
  },

  /** The cron trigger in wrangler.toml: the daily retention purge that the Node server runs on a timer. */
  async scheduled(controller: { scheduledTime: number }, env: WorkerEnv): Promise<void> {
    const config = readConfig(env);
    const cutoff = retentionCutoff(new Date(controller.scheduledTime), config.retentionDays);
    const purged = await createD1Store(env.DB).purgeBefore(cutoff);
    createConsoleLogger(config.logLevel).info({ purged, cutoff, retentionDays: config.retentionDays }, 'retention purged conversations');
  },
};

async function buildApp(env: WorkerEnv): Promise<App> {
  const deps = await createWorkerDeps(env, index, assets.prompts);
  const app = createApp({ ...deps, channels: [createWidgetChannel(assets.widget, { publicUrl: deps.config.publicUrl })] });
  // Bolt needs Node's http server and crypto: Slack is served by the Node server only.
  app.all('/slack/*', (c) =>
    c.json(
      errorBody('slack_not_on_workers', 'Slack is served by the Node server (npm start); this Workers deployment has no Slack endpoint'),
      501,
    ),
  );
  return app;
}
