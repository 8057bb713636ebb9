import { ReceiverMultipleAckError, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import { errorBody } from '../../core/errors.js';
import { parseSlackBody } from './parse-slack-body.js';
import { checkSlackSignature } from './verify-signature.js';

/**
 * A Bolt receiver for web-standard Requests, so Hono (or any fetch server) can mount it.
 * The Response is returned as soon as a listener acks; the listener keeps running after,
 * which is how an answer is posted after Slack's 3-second deadline has been met.
 */
export class FetchReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly options: { signingSecret: string; logger: Logger }) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async handle(request: Request): Promise<Response> {
    const rawBody = await request.text();
    const body = parseSlackBody(rawBody, request.headers.get('content-type'));
    // Slack's certificate check for slash commands needs only a 200; as in Bolt, it is not verified.
    if (body?.ssl_check) return new Response(null, { status: 200 });
    const check = checkSlackSignature({
      signingSecret: this.options.signingSecret,
      rawBody,
      signature: request.headers.get('x-slack-signature'),
      timestamp: request.headers.get('x-slack-request-timestamp'),
    });
    if (!check.ok) {
      this.options.logger.warn({ code: check.code }, 'slack request refused');
      return json(errorBody(check.code, check.message), 401);
    }
    if (!body) return json(errorBody('invalid_body', 'the body is not a Slack event, command or interaction'), 400);
    if (body.type === 'url_verification') return json({ challenge: body.challenge }, 200);
    const retryNum = request.headers.get('x-slack-retry-num');
    return this.dispatch({
      body,
      retryNum: retryNum === null ? undefined : Number(retryNum),
      retryReason: request.headers.get('x-slack-retry-reason') ?? undefined,
    });
  }

  private dispatch(event: Omit<ReceiverEvent, 'ack'>): Promise<Response> {
    const app = this.app;
    if (!app) throw new Error('FetchReceiver.handle was called before the Bolt app was created');
    return new Promise((resolve) => {
      let acked = false;
      const ack = async (response?: unknown) => {
        if (acked) throw new ReceiverMultipleAckError();
        acked = true;
        resolve(toAckResponse(response));
      };
      // Unhandled interactions (say, a link button) get an empty 200 so Slack shows no error.
      app.processEvent({ ...event, ack }).then(
        () => resolve(new Response(null, { status: 200 })),
        (error: unknown) => {
          this.options.logger.error({ err: error }, 'slack event failed');
          resolve(json(errorBody('internal_error', 'Something went wrong on our side; please try again.'), 500));
        },
      );
    });
  }
}

function toAckResponse(response: unknown): Response {
  if (response === undefined || response === null || response === '') return new Response(null, { status: 200 });
  if (typeof response === 'string')
    return new Response(response, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return json(response, 200);
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
