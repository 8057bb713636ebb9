import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { HttpObserver } from '../../channels/http/deps.js';
import type { ChannelDeps } from '../../core/channel.js';
import type { ChatService } from '../../core/chat/chat-service.js';
import type { MatchRequest, MatchResult } from '../../core/match/match-company.js';
import type { Store } from '../../core/storage/store.js';

const PREFIX = 'policy_assistant_';
const SECONDS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40];

/**
 * The Prometheus registry of one Node process: the HTTP app reports requests to `http`, and
 * `instrument` wraps the core so answers, feedback and matches count on every channel
 * (HTTP, widget, Slack), not only the ones that pass through the API routes.
 */
export function createNodeMetrics() {
  const registry = new Registry();
  // Unprefixed process_* and nodejs_* figures, as the usual Node dashboards expect them.
  collectDefaultMetrics({ register: registry });
  const metric = { registers: [registry] };
  const requests = new Counter({
    ...metric,
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
  });
  const requestSeconds = new Histogram({
    ...metric,
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time to the response headers, by method and route pattern.',
    labelNames: ['method', 'route'],
    buckets: SECONDS,
  });
  const answers = new Counter({
    ...metric,
    name: `${PREFIX}answers_total`,
    help: 'Answers given, by channel, mode, language and whether they refused.',
    labelNames: ['channel', 'mode', 'language', 'refused'],
  });
  const answerSeconds = new Histogram({
    ...metric,
    name: `${PREFIX}answer_duration_seconds`,
    help: 'Time to a complete, stored answer, by mode.',
    labelNames: ['mode'],
    buckets: SECONDS,
  });
  const fallbacks = new Counter({
    ...metric,
    name: `${PREFIX}llm_fallbacks_total`,
    help: 'Answers where the configured LLM failed and the offline answer was shown.',
    labelNames: ['channel'],
  });
  const failures = new Counter({
    ...metric,
    name: `${PREFIX}answer_failures_total`,
    help: 'Questions that ended in an error instead of an answer, by channel and error code.',
    labelNames: ['channel', 'code'],
  });
  const feedback = new Counter({ ...metric, name: `${PREFIX}feedback_total`, help: 'Ratings stored, by rating.', labelNames: ['rating'] });
  const matches = new Counter({
    ...metric,
    name: `${PREFIX}matches_total`,
    help: 'Company matches served, by language and whether any measure matched.',
    labelNames: ['language', 'matched'],
  });

  const http: HttpObserver = {
    request({ method, route, status, ms }) {
      requests.inc({ method, route, status: String(status) });
      requestSeconds.observe({ method, route }, ms / 1000);
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };

  const observeChat = (chat: ChatService): ChatService => ({
    async ask(input, options) {
      const started = performance.now();
      try {
        const answer = await chat.ask(input, options);
        answers.inc({ channel: input.channel, mode: answer.mode, language: answer.language, refused: String(answer.refused) });
        answerSeconds.observe({ mode: answer.mode }, (performance.now() - started) / 1000);
        if (answer.notices.some((n) => n.kind === 'fallback')) fallbacks.inc({ channel: input.channel });
        return answer;
      } catch (error) {
        failures.inc({ channel: input.channel, code: (error as { code?: string }).code ?? 'internal_error' });
        throw error;
      }
    },
  });

  const observeStore = (store: Store): Store => ({
    ...store,
    async putFeedback(rating) {
      const stored = await store.putFeedback(rating);
      if (stored) feedback.inc({ rating: rating.rating });
      return stored;
    },
  });

  const observeMatch =
    (match: (request: MatchRequest) => Promise<MatchResult>) =>
    async (request: MatchRequest): Promise<MatchResult> => {
      const result = await match(request);
      matches.inc({ language: result.language, matched: String(result.matches.length > 0) });
      return result;
    };

  return {
    http,
    /** The same dependencies with the chat service, the store's feedback and the matcher counted. */
    instrument<D extends ChannelDeps>(deps: D): D & { observe: HttpObserver } {
      return { ...deps, chat: observeChat(deps.chat), store: observeStore(deps.store), match: observeMatch(deps.match), observe: http };
    },
  };
}
