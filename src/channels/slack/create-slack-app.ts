import { App, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { Config } from '../../core/config.js';
import { AppError } from '../../core/errors.js';
import { toBoltLogger } from './bolt-logger.js';
import { createBotAuthorize } from './bot-authorize.js';
import { FetchReceiver } from './fetch-receiver.js';
import { createRedeliveryFilter } from './redelivery-filter.js';
import { registerAnswerActions } from './register-answer-actions.js';
import { registerConversations } from './register-conversations.js';
import { registerHandoffActions } from './register-handoff.js';
import { registerPolicyCommand } from './register-policy-command.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackHandler } from './slack-routes.js';

/** A failed Web API call is retried a little, not for Bolt's default half hour: the asker is waiting. */
const API_RETRIES = 2;

/** The Bolt app behind POST /slack/events: hand it each Request, get the Response to send. */
export function createSlackHandler(deps: SlackDeps): SlackHandler & { app: App } {
  const slack = requireSlack(deps.config);
  const receiver = new FetchReceiver({ signingSecret: slack.signingSecret, logger: deps.logger });
  const app = createSlackApp(deps, receiver);
  return { app, handle: (request) => receiver.handle(request) };
}

/** The same app over Socket Mode (SLACK_APP_TOKEN), for workspaces that cannot reach this server. */
export async function startSlackSocketMode(deps: SlackDeps): Promise<{ app: App; stop: () => Promise<void> }> {
  const slack = requireSlack(deps.config);
  if (!slack.appToken) throw new AppError('invalid_config', 'SLACK_APP_TOKEN is required for Socket Mode');
  const receiver = new SocketModeReceiver({
    appToken: slack.appToken,
    logger: toBoltLogger(deps.logger),
    // The only way into the socket client's options; it opens the connection with apps.connections.open.
    installerOptions: { clientOptions: { slackApiUrl: slack.apiUrl } },
  });
  const app = createSlackApp(deps, receiver);
  await app.start();
  return { app, stop: () => app.stop() as Promise<void> };
}

function createSlackApp(deps: SlackDeps, receiver: Receiver): App {
  const slack = requireSlack(deps.config);
  const logger = toBoltLogger(deps.logger);
  const clientOptions: webApi.WebClientOptions = { slackApiUrl: slack.apiUrl, retryConfig: { retries: API_RETRIES }, logger };
  const app = new App({
    receiver,
    authorize: createBotAuthorize(new webApi.WebClient(undefined, clientOptions), slack.botToken),
    logger,
    clientOptions,
    convoStore: false,
  });
  app.error(async (error) => {
    deps.logger.error({ err: error }, 'slack listener failed');
  });
  // Deliveries are claimed in the store: a restart or a second process forgets nothing.
  app.use(createRedeliveryFilter({ deliveries: deps.store, logger: deps.logger }));
  registerConversations(app, deps);
  registerPolicyCommand(app, deps);
  registerAnswerActions(app, deps);
  registerHandoffActions(app, deps);
  return app;
}

function requireSlack(config: Config): NonNullable<Config['slack']> {
  if (!config.slack) throw new AppError('invalid_config', 'Slack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET');
  return config.slack;
}
