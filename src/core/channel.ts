import type { Hono } from 'hono';
import type { ChatService } from './chat/chat-service.js';
import type { Config } from './config.js';
import type { Corpus } from './corpus/corpus.js';
import type { Logger } from './logger.js';
import type { MatchRequest, MatchResult } from './match/match-company.js';
import type { Handoff, Store } from './storage/store.js';

/** What every channel adapter (HTTP API, widget, Slack, a future WeChat Work or Teams bot) is built from. */
export interface ChannelDeps {
  config: Config;
  corpus: Corpus;
  chat: ChatService;
  /** The measures that apply to a described company (POST /api/match, `/policy match`, `npm run match`). */
  match: (request: MatchRequest) => Promise<MatchResult>;
  store: Store;
  logger: Logger;
  /** Where hand-offs reach staff (Slack's hand-off channel), wired by the runtime; absent: none is configured. */
  handoffDesk?: HandoffDesk;
}

/**
 * A port the HTTP API posts hand-offs through without knowing what is behind it (Slack today).
 * Staff's answers come back through the store, as `StaffMessage`s.
 */
export interface HandoffDesk {
  /** Shows the hand-off and its conversation to staff; returns the posted message, whose thread staff reply in. */
  post(handoff: Handoff): Promise<{ channel: string; ts: string }>;
}

/**
 * A channel's routes and where they go. A runtime builds the channels it has and hands them to
 * the HTTP app, which mounts them without knowing what they are: channels never import each other.
 */
export interface ChannelRoutes {
  /** "/" or a prefix such as "/slack". */
  path: string;
  routes: Hono;
}
