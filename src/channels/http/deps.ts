import type { Config } from '../../core/config.js';
import type { Policy } from '../../core/corpus/section.js';
import type { ChatService } from '../../core/chat/chat-service.js';
import type { Logger } from '../../core/logger.js';
import type { Store } from '../../core/storage/store.js';
import type { SlackHandler } from '../slack/slack-routes.js';
import type { WidgetAssets } from './routes/widget-routes.js';

/** Everything the HTTP app needs; each runtime builds it and passes it to createApp. */
export interface AppDeps {
  config: Config;
  policy: Policy;
  chat: ChatService;
  store: Store;
  logger: Logger;
  /** The built widget; when present, GET /, /widget.js and /widget.<hash>.js are served. */
  widget?: WidgetAssets;
  /** The Slack app (Node only, when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are set); served at POST /slack/events. */
  slack?: SlackHandler;
}
